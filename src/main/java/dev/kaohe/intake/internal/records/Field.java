package dev.kaohe.intake.internal.records;

import java.util.Locale;

/**
 * One column of a record template: its key (the API's JSON field and the problem list's column id), the
 * business_record column it fills, its Chinese and English headers, what it holds, and whether it is required.
 */
public record Field(String key, String column, String zh, String en, Kind kind, int maxLength, boolean required) {

    public enum Kind { EMPLOYEE, TEXT, AMOUNT, DATE, DATE_TIME, YES_NO, NPS, CSAT, CES }

    static Field required(String key, String column, String zh, String en, Kind kind, int maxLength) {
        return new Field(key, column, zh, en, kind, maxLength, true);
    }

    static Field optional(String key, String column, String zh, String en, Kind kind, int maxLength) {
        return new Field(key, column, zh, en, kind, maxLength, false);
    }

    /** The header the templates write: both languages, so either reader knows the column. */
    public String header() {
        return zh + " / " + en;
    }

    public String header(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /**
     * Whether a header cell names this field: the Chinese or the English header (any case, a trailing * for
     * "required" allowed), the API key, or both languages joined by / or in brackets.
     */
    boolean matches(String header) {
        String h = normalise(header);
        if (h.equals(normalise(zh)) || h.equals(normalise(en)) || h.equals(normalise(key))) {
            return true;
        }
        for (String part : h.split("[/／()（）]")) {
            String p = part.strip();
            if (!p.isEmpty() && (p.equals(normalise(zh)) || p.equals(normalise(en)))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        String h = text.strip().toLowerCase(Locale.ROOT).replace("*", "").replace("＊", "");
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.replaceAll("\\s+", " ").strip();
    }
}
