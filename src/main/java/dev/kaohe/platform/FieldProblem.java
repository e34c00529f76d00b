package dev.kaohe.platform;

/**
 * One thing wrong with the input: which field (or row/column), the offending value, and why.
 *
 * @param field   the field name, e.g. {@code hireDate}, or a location such as {@code row 7 / 入职日期}
 * @param value   what was given, may be null
 * @param message a sentence for a person, already localised or a message key in braces
 */
public record FieldProblem(String field, String value, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, null, message);
    }
}
