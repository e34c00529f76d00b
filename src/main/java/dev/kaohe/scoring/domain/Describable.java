package dev.kaohe.scoring.domain;

import java.util.Locale;

/**
 * A piece of a derivation that can say itself in Chinese (the default) or English. The records carry the
 * numbers; the text is made only when asked for, so evaluating a large population costs no formatting.
 */
public interface Describable {

    String describe(Locale locale);

    static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    static String pick(Locale locale, String zh, String en) {
        return chinese(locale) ? zh : en;
    }
}
