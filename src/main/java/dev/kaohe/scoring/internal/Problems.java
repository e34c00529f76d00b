package dev.kaohe.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.scoring.domain.Describable;
import dev.kaohe.scoring.domain.ScoringException;

/** Field-named problems collected while a spec is mapped, in one language. */
final class Problems {

    private static final Pattern HEAD = Pattern.compile("^([A-Za-z]+)(\\[[^\\]]*\\])?(.*)$");

    private final Locale locale;
    private final List<FieldProblem> list = new ArrayList<>();

    Problems(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    void add(String field, Object value, String zh, String en) {
        list.add(new FieldProblem(field, value == null ? null : value.toString(), Describable.pick(locale, zh, en)));
    }

    void required(String field) {
        add(field, null, "必填", "is required");
    }

    /** A domain refusal, its message kept, its path turned into {@code field}. */
    void add(String field, ScoringException.Problem problem) {
        list.add(new FieldProblem(field, null, Describable.pick(locale, problem.zh(), problem.en())));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<FieldProblem> list() {
        return List.copyOf(list);
    }

    /** The first segment of a domain path ({@code tierTable[000].tier[≥90%]} → {@code tierTable}). */
    static String head(String path) {
        Matcher m = HEAD.matcher(path == null ? "" : path);
        return m.matches() ? m.group(1) : "";
    }
}
