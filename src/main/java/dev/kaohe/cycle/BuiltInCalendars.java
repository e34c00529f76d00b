package dev.kaohe.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the calendars shipped in {@code classpath:calendar/<year>.csv} for every year nobody imported yet, so a
 * fresh installation counts working days across 春节 and 国庆 from its first start. An imported year is never
 * replaced by the built-in file.
 */
@Component
class BuiltInCalendars implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCalendars.class);

    private final WorkCalendars calendars;

    BuiltInCalendars(WorkCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:calendar/*.csv");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            String name = file.getFilename();
            if (name == null || !name.matches("\\d{4}\\.csv")) {
                continue;
            }
            int year = Integer.parseInt(name.substring(0, 4));
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            try {
                if (calendars.loadBuiltIn(year, content, "built-in " + name)) {
                    log.info("Loaded the built-in working-day calendar for {}", year);
                }
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                log.debug("Calendar {} loaded by another node at the same time", year);
            }
        }
    }
}
