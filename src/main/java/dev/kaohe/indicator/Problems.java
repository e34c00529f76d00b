package dev.kaohe.indicator;

import java.util.ArrayList;
import java.util.List;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;

/** Collects the problems of one submitted form or file, each naming its field, row or column. */
final class Problems {

    private final Messages messages;
    private final List<FieldProblem> list = new ArrayList<>();

    Problems(Messages messages) {
        this.messages = messages;
    }

    Problems add(String field, Object value, String key, Object... args) {
        list.add(new FieldProblem(field, value == null ? null : String.valueOf(value), messages.get(key, args)));
        return this;
    }

    void addAll(List<FieldProblem> problems) {
        list.addAll(problems);
    }

    String label(String field) {
        return messages.get("indicator.field." + field);
    }

    String text(String field, String value, int max, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            if (required) {
                add(field, null, "indicator.error.required", label(field));
            }
        } else if (text.length() > max) {
            add(field, text, "indicator.error.tooLong", label(field), max);
        }
        return text;
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, null, "indicator.error.required", label(field));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FieldProblem> list() {
        return List.copyOf(list);
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    static void requireVersion(Messages messages, long current, Long submitted) {
        if (submitted == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version", null,
                    messages.get("indicator.error.required", "version"))));
        }
        if (submitted != current) {
            throw new ConflictException(messages.get("indicator.error.stale", current));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
