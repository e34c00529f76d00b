package dev.kaohe.platform.sheets;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a cell as a date or a number, the ways people write them in China. */
public final class CellValues {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:(?:\\s+|T|(?=[上下]午))([上下]午)?\\s*(\\d{1,2})\\s*[:：时点]\\s*(\\d{1,2})\\s*(?:[:：分]\\s*(\\d{1,2})(?:[.,]\\d+)?\\s*秒?)?\\s*分?"
            + "\\s*(?i:(am|pm))?)?");
    private static final Pattern EXCEL_SERIAL_TIME = Pattern.compile("\\d{1,5}\\.\\d+");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{1,5})(?:\\.0+)?");
    /** Day 1 of Excel's 1900 date system is 1900-01-01; its phantom 1900-02-29 makes 1899-12-30 the zero for later dates. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Digits with optional thousands separators (, or ，) and decimals. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?|[-+]?\\.\\d+");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private CellValues() {
    }

    /** 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, or an Excel serial day number such as 45352. */
    public static Optional<LocalDate> date(String text) {
        String value = text.trim();
        try {
            LocalDate plain = plainDate(value);
            if (plain != null) {
                return Optional.of(plain);
            }
            Matcher ymd = YMD.matcher(value);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            Matcher compact = COMPACT.matcher(value);
            if (compact.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
            Matcher serial = EXCEL_SERIAL.matcher(value);
            if (serial.matches()) {
                int days = Integer.parseInt(serial.group(1));
                if (days >= 61) {
                    return Optional.of(EXCEL_EPOCH.plusDays(days));
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A date with an optional time of day: 2025-07-01 09:30, 2025/7/1 9:30:15, 2025-07-01T09:30:00, 2025年7月1日
     * 9时30分, 20250701 0930, an Excel serial number with a fraction (45352.5 is noon), or a date alone (midnight).
     */
    public static Optional<LocalDateTime> dateTime(String text) {
        String value = text.trim();
        Matcher m = DATE_TIME.matcher(value);
        try {
            if (m.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(5) == null) {
                    return Optional.of(day.atStartOfDay());
                }
                int hour = Integer.parseInt(m.group(5));
                String half = m.group(8) != null ? m.group(8).toLowerCase(java.util.Locale.ROOT) : m.group(4);
                if (half != null) {
                    boolean afternoon = half.equals("pm") || half.equals("下午");
                    if (hour > 12) {
                        return Optional.empty();
                    }
                    hour = hour % 12 + (afternoon ? 12 : 0);
                }
                int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
                return Optional.of(day.atTime(LocalTime.of(hour, Integer.parseInt(m.group(6)), second)));
            }
            Matcher serial = EXCEL_SERIAL_TIME.matcher(value);
            if (serial.matches()) {
                double days = Double.parseDouble(value);
                if (days >= 61) {
                    long seconds = Math.round((days - Math.floor(days)) * 86_400);
                    return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(days)).atStartOfDay().plusSeconds(seconds));
                }
                return Optional.empty();
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return date(value).map(LocalDate::atStartOfDay);
    }

    /**
     * 1234.5, 1,234.5, 12.5万 (× 10,000), 1.2亿 (× 100,000,000), with an optional ¥/￥ in front; full-width
     * digits are not expected (Excel and CSV exports write ASCII).
     */
    public static Optional<BigDecimal> number(String text) {
        String value = text.strip().replace(" ", "");
        if (plainNumber(value)) {
            return Optional.of(new BigDecimal(value).stripTrailingZeros());
        }
        if (value.startsWith("¥") || value.startsWith("￥")) {
            value = value.substring(1);
        }
        BigDecimal factor = BigDecimal.ONE;
        if (value.endsWith("万")) {
            factor = TEN_THOUSAND;
            value = value.substring(0, value.length() - 1);
        } else if (value.endsWith("亿")) {
            factor = HUNDRED_MILLION;
            value = value.substring(0, value.length() - 1);
        }
        if (!NUMBER.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(",", "").replace("，", "")).multiply(factor).stripTrailingZeros());
    }

    /**
     * The common shapes without a regular expression (a million-row import reads one per row): 2025-07-15,
     * 2025/7/15, 2025.7.15 and nothing else; null for anything else, which the patterns then read.
     */
    private static LocalDate plainDate(String value) {
        int n = value.length();
        if (n < 8 || n > 10 || !digits(value, 0, 4)) {
            return null;
        }
        char separator = value.charAt(4);
        if (separator != '-' && separator != '/' && separator != '.') {
            return null;
        }
        int second = value.indexOf(separator, 5);
        if (second < 6 || second > 7 || !digits(value, 5, second) || n - second - 1 < 1 || n - second - 1 > 2
                || !digits(value, second + 1, n)) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, second, 10),
                Integer.parseInt(value, second + 1, n, 10));
    }

    /** Plain digits with at most one decimal point between digits: what the pattern accepts without sign, separators or units. */
    private static boolean plainNumber(String value) {
        int n = value.length();
        if (n == 0 || n > 30) {
            return false;
        }
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (point >= 0 || i == 0 || i == n - 1) {
                    return false;
                }
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }
}
