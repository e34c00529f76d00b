package dev.kaohe.intake.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month (2025-07) or a quarter (2025Q3), read from the ways people write them. */
public final class Period {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*月?(?:[-/.]0?1(?:日)?)?(?:[ T].*)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*(?:年\\s*第?\\s*([1-4])\\s*季度?|[-\\s]?[Qq]([1-4]))");

    private Period() {
    }

    /** "2025-07", "2025/7", "2025年7月", "2025-07-01" → 2025-07; "2025Q3", "2025 Q3", "2025年第3季度" → 2025Q3. */
    public static Optional<String> parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return Optional.of(quarter.group(1) + "Q" + (quarter.group(2) != null ? quarter.group(2) : quarter.group(3)));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return Optional.of(month.group(1) + "-" + (m < 10 ? "0" : "") + m);
            }
        }
        return Optional.empty();
    }
}
