package dev.kaohe.notify.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a notice's message key with its arguments in a given language through the application's
 * {@link MessageSource}, so the texts of every module's bundle are found. An unknown key shows as the key itself.
 */
@Component
public class NoticeTexts {

    private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
    };

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String render(String key, String argsJson, Locale locale) {
        return render(key, args(argsJson), locale);
    }

    public String render(String key, List<Object> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), key, locale);
    }

    /** The label of a notice kind: {@code notice.kind.<kind>} from any bundle, else the code. */
    public String kindLabel(String kind, Locale locale) {
        return messages.getMessage("notice.kind." + kind, null, kind, locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String argsJson(List<Object> args) {
        return json.writeValueAsString(args);
    }

    public List<Object> args(String argsJson) {
        if (argsJson == null || argsJson.isBlank()) {
            return List.of();
        }
        return json.readValue(argsJson, ARGS);
    }

    public static Locale locale(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(languageTag);
    }
}
