package dev.kaohe.scoring.domain;

import java.util.Locale;
import java.util.Objects;

/** A grade label (优秀 / Excellent, S, …) with its code for storage and its names in both languages. */
public record Grade(String code, String zh, String en) implements Describable {

    public Grade {
        Objects.requireNonNull(code, "code");
        zh = zh == null ? code : zh;
        en = en == null ? code : en;
    }

    public static Grade of(String code) {
        return new Grade(code, code, code);
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, zh, en);
    }
}
