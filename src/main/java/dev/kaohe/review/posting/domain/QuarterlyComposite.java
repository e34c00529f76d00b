package dev.kaohe.review.posting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The quarterly weighted composite (R12, R110): the weighted mean of a person's posted monthly results in the quarter
 * (and, when its weight is above zero, the quarterly cycle's own result). Weights are relative (1:1:1 is the same as
 * 33.3% each); a part of weight zero does not take part. A part that should count but has no posted result is
 * <em>missing</em>: under {@link MissingParts#RENORMALISE} the composite is the weighted mean of the parts present (their
 * weights scaled up to 100%), under {@link MissingParts#FLAG} there is no composite until every part is there. Either way
 * the composite says which parts it used, with which weights and values, and what was missing and why.
 */
public final class QuarterlyComposite {

    /** Scores and composites carry two decimals, rounded half up; effective weights are percentages with two decimals. */
    public static final int SCALE = 2;

    public enum MissingParts { RENORMALISE, FLAG }

    /** Why a part has no value. */
    public enum Missing {
        /** no monthly cycle of that month posts into the quarter */
        NO_CYCLE("没有关联到本季度的该月周期", "no monthly cycle of that month is linked to the quarter"),
        /** the person is not a participant of that month's cycle */
        NOT_PARTICIPANT("未参加该月考核", "not a participant of that month's cycle"),
        /** the cycle's results are not published (posted) yet */
        NOT_POSTED("该月结果尚未公示", "that month's results are not posted yet"),
        /** the person took part but has no result */
        NO_RESULT("该月没有结果", "no result that month");

        private final String zh;
        private final String en;

        Missing(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String describe(Locale locale) {
            return chinese(locale) ? zh : en;
        }
    }

    /**
     * One input: a month of the quarter ({@code month} 1–3) or the quarterly cycle's own result ({@code month} 0).
     *
     * @param label   how the part is named in the explanation, e.g. {@code 2026-07}
     * @param weight  relative weight, at least zero
     * @param score   the posted final score, or null when {@code missing}
     * @param version the result version the score comes from (for the explanation), or null
     */
    public record Part(int month, String label, BigDecimal weight, BigDecimal score, Integer version, Missing missing) {
        public Part {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a weight is never negative: " + label);
            }
            if ((score == null) == (missing == null)) {
                throw new IllegalArgumentException("a part has either a score or a reason why it is missing: " + label);
            }
        }

        public static Part posted(int month, String label, BigDecimal weight, BigDecimal score, Integer version) {
            return new Part(month, label, weight, score, version, null);
        }

        public static Part missing(int month, String label, BigDecimal weight, Missing why) {
            return new Part(month, label, weight, null, null, why);
        }

        boolean counts() {
            return weight.signum() > 0;
        }
    }

    /** A part used, with its share of the composite: {@code effectiveWeight} percent, {@code contribution} points. */
    public record Used(Part part, BigDecimal effectiveWeight, BigDecimal contribution) {
    }

    public enum Status {
        /** every part that counts is there */
        COMPLETE,
        /** some are missing; the composite rests on the others, re-weighted */
        RENORMALISED,
        /** some are missing and the setting says: no composite until they are there */
        FLAGGED,
        /** nothing that counts is there */
        NONE
    }

    /** The outcome. {@code score} is null unless the status is COMPLETE or RENORMALISED. */
    public record Result(BigDecimal score, Status status, List<Used> used, List<Part> missing) {

        public boolean hasScore() {
            return score != null;
        }

        /** How the composite was made, in Chinese (the default) or English. */
        public String explain(Locale locale) {
            boolean zh = chinese(locale);
            StringBuilder text = new StringBuilder();
            if (score != null) {
                BigDecimal total = used.stream().map(u -> u.part().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
                text.append(zh ? "季度综合得分 = (" : "Quarterly composite = (");
                for (int i = 0; i < used.size(); i++) {
                    Part p = used.get(i).part();
                    if (i > 0) {
                        text.append(" + ");
                    }
                    text.append(p.label());
                    if (p.version() != null) {
                        text.append(" v").append(p.version());
                    }
                    text.append(' ').append(plain(p.score())).append(" × ").append(plain(p.weight()));
                }
                text.append(") ÷ ").append(plain(total)).append(" = ").append(plain(score)).append(zh ? "。" : ".");
                text.append(zh ? " 有效权重:" : " Effective weights: ");
                for (int i = 0; i < used.size(); i++) {
                    Used u = used.get(i);
                    text.append(i > 0 ? (zh ? "," : ", ") : "").append(u.part().label()).append(' ')
                            .append(plain(u.effectiveWeight())).append('%');
                }
                text.append(zh ? "。" : ".");
            }
            if (!missing.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(zh ? "缺少:" : "Missing: ");
                for (int i = 0; i < missing.size(); i++) {
                    Part p = missing.get(i);
                    text.append(i > 0 ? (zh ? ";" : "; ") : "").append(p.label()).append(zh ? "(" : " (")
                            .append(p.missing().describe(locale)).append(zh ? ")" : ")");
                }
                text.append(zh ? "。" : ".");
                text.append(switch (status) {
                    case RENORMALISED -> zh ? " 按其余部分的权重重新归一计算。" : " The other parts' weights are scaled up to 100%.";
                    case FLAGGED -> zh ? " 按设置,缺少部分时不计算综合得分。" : " By the settings there is no composite while a part is missing.";
                    default -> "";
                });
            }
            if (status == Status.NONE) {
                text.append(text.isEmpty() ? "" : " ").append(zh ? "没有可用的已公示结果,无综合得分。" : "No posted result to build on, so no composite.");
            }
            return text.toString();
        }
    }

    private QuarterlyComposite() {
    }

    /** The composite of one person's parts under the given policy. */
    public static Result of(List<Part> parts, MissingParts policy) {
        List<Part> counting = parts.stream().filter(Part::counts).toList();
        List<Part> present = counting.stream().filter(p -> p.score() != null).toList();
        List<Part> missing = counting.stream().filter(p -> p.score() == null).toList();
        if (present.isEmpty()) {
            return new Result(null, Status.NONE, List.of(), missing);
        }
        if (!missing.isEmpty() && policy == MissingParts.FLAG) {
            return new Result(null, Status.FLAGGED, List.of(), missing);
        }
        BigDecimal total = present.stream().map(Part::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sum = BigDecimal.ZERO;
        List<Used> used = new ArrayList<>();
        for (Part p : present) {
            BigDecimal product = p.score().multiply(p.weight());
            sum = sum.add(product);
            used.add(new Used(p, p.weight().multiply(BigDecimal.valueOf(100)).divide(total, SCALE, RoundingMode.HALF_UP),
                    product.divide(total, SCALE, RoundingMode.HALF_UP)));
        }
        BigDecimal score = sum.divide(total, SCALE, RoundingMode.HALF_UP);
        return new Result(score, missing.isEmpty() ? Status.COMPLETE : Status.RENORMALISED, List.copyOf(used), missing);
    }

    static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
