package dev.kaohe;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English stay in step, and every text a page asks for exists. */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");

    @Test
    void everyEnglishBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path english : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
                assertThat(chinese).as("Chinese bundle for " + english).exists();
                assertThat(load(chinese).stringPropertyNames()).as("keys of " + chinese)
                        .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
            }
        }
    }

    @Test
    void everyMessageUsedInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> f.toString().endsWith("_zh_CN.properties")).toList()) {
                known.addAll(load(file).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
