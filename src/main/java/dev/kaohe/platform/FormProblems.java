package dev.kaohe.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one submitted form, with messages that name the field, then throws them all at
 * once. Messages come from the module's bundle: {@code <prefix>.field.<name>} for labels and
 * {@code <prefix>.error.required|tooLong|stale} for the common rules.
 */
public final class FormProblems {

    private final Messages messages;
    private final String prefix;
    private final List<FieldProblem> list = new ArrayList<>();

    public FormProblems(Messages messages, String prefix) {
        this.messages = messages;
        this.prefix = prefix;
    }

    public FormProblems add(String field, Object value, String key, Object... args) {
        list.add(new FieldProblem(field, value == null ? null : String.valueOf(value), messages.get(key, args)));
        return this;
    }

    public void addAll(List<FieldProblem> problems) {
        list.addAll(problems);
    }

    public String label(String field) {
        return messages.get(prefix + ".field." + field);
    }

    /** Required text within a length; returns the stripped text or null. */
    public String text(String field, String value, int max, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            if (required) {
                add(field, null, prefix + ".error.required", label(field));
            }
        } else if (text.length() > max) {
            add(field, text, prefix + ".error.tooLong", label(field), max);
        }
        return text;
    }

    public void required(String field, Object value) {
        if (value == null) {
            add(field, null, prefix + ".error.required", label(field));
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    /** Stripped text, or null when there is none. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An edit must say which version it is based on, and that version must still be the current one. */
    public void requireVersion(long current, Long submitted) {
        if (submitted == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version", null,
                    messages.get(prefix + ".error.required", "version"))));
        }
        if (submitted != current) {
            throw new ConflictException(messages.get(prefix + ".error.stale", current));
        }
    }
}
