package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring rule as one flat record: {@code type} says which fields count, the rest stay null.
 *
 * <ul>
 *   <li>{@code TIER_TABLE}: {@code tiers} (achievement percent bands), or a {@code preset} ("000", "004") when
 *       {@code tiers} is empty; {@code roundAchievementTo} rounds the achievement first (null: as computed);</li>
 *   <li>{@code LINEAR}: {@code slope} points per percent of achievement, kept within {@code floor}–{@code cap};</li>
 *   <li>{@code THRESHOLD}: met ({@code actual ≥ threshold}, or {@code >} when {@code strict}) scores
 *       {@code metScore}, else {@code missedScore}; {@code threshold} is the item's target when the item has none;</li>
 *   <li>{@code RATING_SCALE}: a rating {@code min}–{@code max} maps onto {@code scoreAtMin}–{@code scoreAtMax};</li>
 *   <li>{@code OKR_PROGRESS}: progress 0–{@code fullProgress} (default 1) maps onto 0–{@code fullScore} (default 100);</li>
 *   <li>{@code FORMULA}: an EvalEx {@code expression} over {@code actual}, {@code target}, {@code achievement} and
 *       the declared {@code extraInputs}, kept within {@code floor}–{@code cap};</li>
 *   <li>{@code MANUAL}: the rater enters a score within {@code min}–{@code max}.</li>
 * </ul>
 */
public record RuleSpec(Type type, String preset, List<TierSpec> tiers, Integer roundAchievementTo,
                       BigDecimal slope, BigDecimal floor, BigDecimal cap,
                       BigDecimal threshold, BigDecimal metScore, BigDecimal missedScore, Boolean strict,
                       BigDecimal min, BigDecimal max, BigDecimal scoreAtMin, BigDecimal scoreAtMax,
                       BigDecimal fullProgress, BigDecimal fullScore,
                       String expression, List<String> extraInputs) {

    public enum Type { TIER_TABLE, LINEAR, THRESHOLD, RATING_SCALE, OKR_PROGRESS, FORMULA, MANUAL }

    /**
     * One band of achievement percent; a null bound is unbounded. Ends default to the sources' reading
     * "90–99%" = {@code [90, 100)}: lower closed, upper open.
     */
    public record TierSpec(BigDecimal lower, Boolean lowerClosed, BigDecimal upper, Boolean upperClosed,
                           BigDecimal points) {

        public static TierSpec of(String lower, String upper, String points) {
            return new TierSpec(lower == null ? null : new BigDecimal(lower), true,
                    upper == null ? null : new BigDecimal(upper), false, new BigDecimal(points));
        }
    }

    public RuleSpec {
        tiers = tiers == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tiers));
        extraInputs = extraInputs == null ? null : List.copyOf(extraInputs);
    }

    public static RuleSpec tierPreset(String preset) {
        return new RuleSpec(Type.TIER_TABLE, preset, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static RuleSpec tiers(List<TierSpec> tiers) {
        return new RuleSpec(Type.TIER_TABLE, null, tiers, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static RuleSpec linear(BigDecimal slope, BigDecimal floor, BigDecimal cap) {
        return new RuleSpec(Type.LINEAR, null, null, null, slope, floor, cap, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public static RuleSpec threshold(BigDecimal threshold, BigDecimal metScore, BigDecimal missedScore, boolean strict) {
        return new RuleSpec(Type.THRESHOLD, null, null, null, null, null, null, threshold, metScore, missedScore, strict,
                null, null, null, null, null, null, null, null);
    }

    public static RuleSpec ratingScale(BigDecimal min, BigDecimal max, BigDecimal scoreAtMin, BigDecimal scoreAtMax) {
        return new RuleSpec(Type.RATING_SCALE, null, null, null, null, null, null, null, null, null, null,
                min, max, scoreAtMin, scoreAtMax, null, null, null, null);
    }

    public static RuleSpec okrProgress(BigDecimal fullProgress, BigDecimal fullScore) {
        return new RuleSpec(Type.OKR_PROGRESS, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, fullProgress, fullScore, null, null);
    }

    public static RuleSpec formula(String expression, List<String> extraInputs, BigDecimal floor, BigDecimal cap) {
        return new RuleSpec(Type.FORMULA, null, null, null, null, floor, cap, null, null, null, null,
                null, null, null, null, null, null, expression, extraInputs);
    }

    public static RuleSpec manual(BigDecimal min, BigDecimal max) {
        return new RuleSpec(Type.MANUAL, null, null, null, null, null, null, null, null, null, null,
                min, max, null, null, null, null, null, null);
    }

    public RuleSpec withRoundAchievementTo(Integer decimals) {
        return new RuleSpec(type, preset, tiers, decimals, slope, floor, cap, threshold, metScore, missedScore, strict,
                min, max, scoreAtMin, scoreAtMax, fullProgress, fullScore, expression, extraInputs);
    }

    public RuleSpec withPreset(String name) {
        return new RuleSpec(type, name, tiers, roundAchievementTo, slope, floor, cap, threshold, metScore, missedScore, strict,
                min, max, scoreAtMin, scoreAtMax, fullProgress, fullScore, expression, extraInputs);
    }
}
