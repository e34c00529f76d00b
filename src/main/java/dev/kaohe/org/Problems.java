package dev.kaohe.org;

import java.util.ArrayList;
import java.util.List;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;

/** Collects the problems of one submitted form, with messages that name the field. */
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

    String label(String field) {
        return messages.get("org.field." + field);
    }

    /** Required text within a length; returns the stripped text or null. */
    String text(String field, String value, int max, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            if (required) {
                add(field, null, "org.error.required", label(field));
            }
        } else if (text.length() > max) {
            add(field, text, "org.error.tooLong", label(field), max);
        }
        return text;
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, null, "org.error.required", label(field));
        }
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    static void requireVersion(Messages messages, long current, Long submitted) {
        if (submitted == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version", null,
                    messages.get("org.error.required", "version"))));
        }
        if (submitted != current) {
            throw new ConflictException(messages.get("org.error.stale", current));
        }
    }
}
