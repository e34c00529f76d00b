package dev.kaohe.intake.aggregation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which records count, written as conditions joined by {@code ;} or {@code and}:
 * {@code customer_tier=A}, {@code severity=HIGH|CRITICAL} (any of), {@code channel!=ONLINE},
 * {@code new_customer=true}, {@code ended_at!=} (has a value), {@code first_response_at=} (has none).
 * Blank means every record.
 */
public record Filter(List<Condition> conditions) {

    public Filter {
        conditions = List.copyOf(conditions);
    }

    public static final Filter ALL = new Filter(List.of());

    /** One condition: the field equals (or, negated, differs from) one of the values; no values means "is empty". */
    public record Condition(Field field, boolean negated, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return field.column() + (negated ? "!=" : "=") + String.join("|", values);
        }
    }

    /** Parses the text; throws {@link IllegalArgumentException} with a readable reason on the first bad condition. */
    public static Filter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.split("(?i);|\\band\\b")) {
            String c = part.strip();
            if (c.isEmpty()) {
                continue;
            }
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("\"" + c + "\" is not field=value");
            }
            boolean negated = c.charAt(eq - 1) == '!';
            String name = c.substring(0, negated ? eq - 1 : eq).strip();
            Field field = Field.named(name).filter(f -> f != Field.RECORDS)
                    .orElseThrow(() -> new IllegalArgumentException("\"" + name + "\" is not a record field"));
            List<String> values = new ArrayList<>();
            String rest = c.substring(eq + 1).strip();
            if (!rest.isEmpty()) {
                for (String v : rest.split("\\|")) {
                    String value = v.strip();
                    if (value.isEmpty()) {
                        throw new IllegalArgumentException("\"" + c + "\" has an empty value");
                    }
                    values.add(check(field, value, c));
                }
            }
            if (field.kind() == Field.Kind.TIMESTAMP && !values.isEmpty()) {
                throw new IllegalArgumentException("\"" + c + "\": a time field can only be tested for a value (" + name + "!=)");
            }
            conditions.add(new Condition(field, negated, values));
        }
        return new Filter(conditions);
    }

    private static String check(Field field, String value, String condition) {
        return switch (field.kind()) {
            case BOOLEAN -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("\"" + condition + "\": " + field.column() + " is true or false");
                }
                yield v;
            }
            case NUMBER -> {
                try {
                    yield new java.math.BigDecimal(value).toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + condition + "\": " + value + " is not a number");
                }
            }
            default -> value;
        };
    }

    @Override
    public String toString() {
        return String.join("; ", conditions.stream().map(Condition::toString).toList());
    }
}
