package dev.kaohe.scoring.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Refusal of a bad definition (a scheme, a tier table, a formula, a grade scale) or a bad input. Each
 * {@link Problem} names what is wrong, so a page or API can point at the dimension, item or tier.
 */
public class ScoringException extends IllegalArgumentException {

    private final List<Problem> problems;

    public ScoringException(List<Problem> problems) {
        super(problems.stream().map(p -> p.describe(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ScoringException(Problem problem) {
        this(List.of(problem));
    }

    public static ScoringException of(String path, String zh, String en) {
        return new ScoringException(new Problem(path, zh, en));
    }

    public List<Problem> problems() {
        return problems;
    }

    public String describe(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
    }

    /** What is wrong ({@code path}: e.g. {@code dimension[业绩指标].item[sales]}) in both languages. */
    public record Problem(String path, String zh, String en) implements Describable {
        @Override
        public String describe(Locale locale) {
            return path + ": " + Describable.pick(locale, zh, en);
        }
    }
}
