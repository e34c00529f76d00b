package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One item of a scheme. {@code weight} is its share of the whole composite in percent; {@code target} the
 * default target a participant's own replaces; {@code indicatorCode} the library indicator it comes from
 * (null for an ad-hoc item). {@code blend} overrides the evaluation's rater weights for a rated item,
 * rater name ({@code SELF, MANAGER, PEER, CROSS_DEPARTMENT, CUSTOMER}) → percent; null: the evaluation's.
 *
 * @param direction null: higher is better
 * @param source    null: measured
 */
public record ItemSpec(String code, String name, String indicatorCode, BigDecimal weight, Direction direction,
                       BigDecimal target, Source source, RuleSpec rule, Map<String, BigDecimal> blend) {

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** Where the value comes from: one measured actual, or ratings by several raters blended. */
    public enum Source { MEASURED, RATED }

    public ItemSpec {
        blend = blend == null ? null : Map.copyOf(blend);
    }
}
