package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Absolute grade scale (R83, R85): a grade per score band. Each band starts at its {@code minScore}
 * (included) and runs up to the next band's start (excluded), so "良好 80–89" holds 89.99 and 90 is 优秀.
 * Exactly one band, the lowest, has no minimum.
 */
public record GradeScale(String name, List<Band> bands) {

    /** Source 000 (R83): 优秀 ≥90, 良好 80–89, 达标 70–79, 待改进 <70. */
    public static final GradeScale SOURCE_000 = new GradeScale("000", List.of(
            new Band(new Grade("EXCELLENT", "优秀", "Excellent"), BigDecimal.valueOf(90)),
            new Band(new Grade("GOOD", "良好", "Good"), BigDecimal.valueOf(80)),
            new Band(new Grade("MEETS", "达标", "Meets standard"), BigDecimal.valueOf(70)),
            new Band(new Grade("IMPROVE", "待改进", "Needs improvement"), null)));

    /**
     * S/A/B/C/D by score. Source 004 (R85) starts "S≥9…" and is cut off, so these bounds (S ≥90, A ≥80,
     * B ≥70, C ≥60, D below) are a product default, not a source value.
     */
    public static final GradeScale SABCD_BY_SCORE = new GradeScale("SABCD", List.of(
            new Band(Grades.S, BigDecimal.valueOf(90)),
            new Band(Grades.A, BigDecimal.valueOf(80)),
            new Band(Grades.B, BigDecimal.valueOf(70)),
            new Band(Grades.C, BigDecimal.valueOf(60)),
            new Band(Grades.D, null)));

    public record Band(Grade grade, BigDecimal minScore) {
        public Band {
            Objects.requireNonNull(grade, "grade");
        }
    }

    public GradeScale {
        Objects.requireNonNull(name, "name");
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(Band::minScore, Comparator.nullsLast(Comparator.reverseOrder())));
        long open = sorted.stream().filter(b -> b.minScore() == null).count();
        if (open != 1) {
            throw ScoringException.of("gradeScale[" + name + "]", "必须恰好有一个无下限的最低等级",
                    "exactly one grade, the lowest, must have no minimum score");
        }
        Set<BigDecimal> mins = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Band b : sorted) {
            if (b.minScore() != null && !mins.add(b.minScore().stripTrailingZeros())) {
                throw ScoringException.of("gradeScale[" + name + "].grade[" + b.grade().code() + "]",
                        "等级 " + b.grade().zh() + " 的下限与其他等级重复", "grade " + b.grade().en() + " starts where another grade starts");
            }
            if (!codes.add(b.grade().code())) {
                throw ScoringException.of("gradeScale[" + name + "].grade[" + b.grade().code() + "]",
                        "等级 " + b.grade().zh() + " 重复", "grade " + b.grade().en() + " appears twice");
            }
        }
        bands = List.copyOf(sorted);
    }

    public Assigned assign(BigDecimal score) {
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.minScore() == null || score.compareTo(band.minScore()) >= 0) {
                BigDecimal upper = i == 0 ? null : bands.get(i - 1).minScore();
                return new Assigned(band.grade(), score, band.minScore(), upper, name);
            }
        }
        throw new IllegalStateException("the lowest band has no minimum");
    }

    /** The grade a score earned on this scale, and the band it fell in. */
    public record Assigned(Grade grade, BigDecimal score, BigDecimal from, BigDecimal below, String scale)
            implements Describable {
        @Override
        public String describe(Locale locale) {
            String band = from == null ? "< " + Decimals.show(below)
                    : below == null ? "≥ " + Decimals.show(from)
                    : "≥ " + Decimals.show(from) + Describable.pick(locale, " 且 < ", " and < ") + Decimals.show(below);
            return Describable.pick(locale,
                    "得分 " + Decimals.show(score) + " 落在 " + band + " → " + grade.describe(locale) + "(等级表 " + scale + ")",
                    "score " + Decimals.show(score) + " is " + band + " → " + grade.describe(locale) + " (scale " + scale + ")");
        }
    }
}
