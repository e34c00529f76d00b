package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * How the scores of several raters on one item combine. Weights are percentages summing to 100.
 *
 * <p>A rater who did not submit is left out and the remaining weights are renormalised to 100%; their
 * absence is never counted as a zero. If no weighted rater submitted, the item has no score. A rater with
 * no weight (e.g. the self-score under {@link #MANAGER_OFFICIAL}) is recorded but does not count.
 */
public record RaterBlend(Map<Rater, BigDecimal> weights) implements Describable {

    /** R80: self and manager score separately; the manager score is the official one. */
    public static final RaterBlend MANAGER_OFFICIAL = new RaterBlend(Map.of(Rater.MANAGER, HUNDRED));

    public RaterBlend {
        EnumMap<Rater, BigDecimal> copy = new EnumMap<>(Rater.class);
        weights.forEach((rater, weight) -> {
            if (weight.signum() < 0) {
                throw ScoringException.of("raterBlend[" + rater.name() + "]", "评分人权重不能为负数", "a rater weight cannot be negative");
            }
            if (weight.signum() > 0) {
                copy.put(rater, weight);
            }
        });
        BigDecimal sum = copy.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw ScoringException.of("raterBlend", "评分人权重合计 " + Decimals.show(sum) + "%,应为 100%",
                    "rater weights total " + Decimals.show(sum) + "%, not 100%");
        }
        weights = Collections.unmodifiableMap(copy);
    }

    public static RaterBlend of(Object... raterAndWeight) {
        Map<Rater, BigDecimal> map = new EnumMap<>(Rater.class);
        for (int i = 0; i < raterAndWeight.length; i += 2) {
            map.put((Rater) raterAndWeight[i], new BigDecimal(raterAndWeight[i + 1].toString()));
        }
        return new RaterBlend(map);
    }

    /** The blended score of the raters who submitted, or a blend with a null score if none of them counts. */
    public Blend blend(Map<Rater, BigDecimal> scores) {
        BigDecimal present = BigDecimal.ZERO;
        for (Map.Entry<Rater, BigDecimal> w : weights.entrySet()) {
            if (scores.containsKey(w.getKey())) {
                present = present.add(w.getValue());
            }
        }
        List<Share> shares = new ArrayList<>();
        List<Rater> missing = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Rater rater : Rater.values()) {
            BigDecimal weight = weights.get(rater);
            BigDecimal score = scores.get(rater);
            if (weight == null) {
                if (score != null) {
                    shares.add(new Share(rater, score, BigDecimal.ZERO, BigDecimal.ZERO));
                }
                continue;
            }
            if (score == null) {
                missing.add(rater);
                continue;
            }
            BigDecimal effective = weight.multiply(HUNDRED).divide(present, Decimals.WORK_SCALE, Decimals.ROUNDING);
            shares.add(new Share(rater, score, weight, effective));
            total = total.add(score.multiply(effective));
        }
        BigDecimal blended = present.signum() == 0 ? null
                : Decimals.score(total.divide(HUNDRED, Decimals.WORK_SCALE, Decimals.ROUNDING));
        return new Blend(blended, List.copyOf(shares), List.copyOf(missing));
    }

    /** One rater's part: their score, the configured weight, and the weight after renormalising. */
    public record Share(Rater rater, BigDecimal score, BigDecimal configuredWeight, BigDecimal effectiveWeight) {
    }

    /** The outcome of blending; {@code score} is null when no rater with a weight submitted. */
    public record Blend(BigDecimal score, List<Share> shares, List<Rater> missing) implements Describable {
        @Override
        public String describe(Locale locale) {
            String parts = shares.stream().map(s -> s.rater().describe(locale) + " " + Decimals.show(s.score())
                    + " × " + Decimals.show(s.effectiveWeight(), 2) + "%").collect(Collectors.joining(" + "));
            String text = parts + " = " + Decimals.show(score);
            if (!missing.isEmpty()) {
                text += Describable.pick(locale, "(未提交,不计入并重新归一化: ", " (not submitted, left out and the rest renormalised: ")
                        + missing.stream().map(r -> r.describe(locale)).collect(Collectors.joining(", ")) + ")";
            }
            return text;
        }
    }

    @Override
    public String describe(Locale locale) {
        return weights.entrySet().stream().map(e -> e.getKey().describe(locale) + " " + Decimals.show(e.getValue()) + "%")
                .collect(Collectors.joining(", "));
    }
}
