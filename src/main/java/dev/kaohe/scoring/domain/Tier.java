package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One band of a {@link TierTable}: achievement (percent) from {@code lower} to {@code upper} earns
 * {@code points}. A null bound is unbounded; each end is closed (included) or open (excluded).
 */
public record Tier(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed, BigDecimal points)
        implements Describable {

    public Tier {
        Objects.requireNonNull(points, "points");
        points = Decimals.score(points);
    }

    /** {@code [lower, upper)}: the usual reading of "90–99%" in the sources (R72/R73), so 99.5% is in it. */
    public static Tier from(String lower, String upper, String points) {
        return new Tier(lower == null ? null : new BigDecimal(lower), true,
                upper == null ? null : new BigDecimal(upper), false, new BigDecimal(points));
    }

    public boolean contains(BigDecimal percent) {
        if (lower != null) {
            int c = percent.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerClosed)) {
                return false;
            }
        }
        if (upper != null) {
            int c = percent.compareTo(upper);
            return c < 0 || (c == 0 && upperClosed);
        }
        return true;
    }

    /** The band as people write it: "≥100%", "≥90% 且 <100%", "<90%". */
    public String range(Locale locale) {
        String low = lower == null ? null : (lowerClosed ? "≥" : ">") + Decimals.show(lower, 4) + "%";
        String high = upper == null ? null : (upperClosed ? "≤" : "<") + Decimals.show(upper, 4) + "%";
        if (low == null && high == null) {
            return Describable.pick(locale, "任意达成率", "any achievement");
        }
        if (low == null) {
            return high;
        }
        if (high == null) {
            return low;
        }
        return low + Describable.pick(locale, " 且 ", " and ") + high;
    }

    @Override
    public String describe(Locale locale) {
        return range(locale) + " → " + Decimals.show(points);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
