package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic conventions of the engine. Achievement is a percentage held with {@link #PERCENT_SCALE}
 * decimals, intermediate products with {@link #WORK_SCALE}, and every published score with
 * {@link #SCORE_SCALE}; all rounding is {@link RoundingMode#HALF_UP}.
 */
public final class Decimals {

    public static final int PERCENT_SCALE = 4;
    public static final int WORK_SCALE = 6;
    public static final int SCORE_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** Whole scores 0–1000 with two decimals, shared: rule constants (100, 60, 0) would otherwise be rescaled per person. */
    private static final BigDecimal[] WHOLE_SCORES = new BigDecimal[1001];

    static {
        for (int i = 0; i < WHOLE_SCORES.length; i++) {
            WHOLE_SCORES[i] = BigDecimal.valueOf(i * 100L, SCORE_SCALE);
        }
    }

    public static BigDecimal score(BigDecimal value) {
        if (value.scale() == 0 && value.signum() >= 0 && value.precision() <= 4) {
            int whole = value.intValue();
            if (whole < WHOLE_SCORES.length) {
                return WHOLE_SCORES[whole];
            }
        }
        return value.setScale(SCORE_SCALE, ROUNDING);
    }

    public static BigDecimal percent(BigDecimal value) {
        return value.setScale(PERCENT_SCALE, ROUNDING);
    }

    public static BigDecimal work(BigDecimal value) {
        return value.setScale(WORK_SCALE, ROUNDING);
    }

    public static BigDecimal of(String value) {
        return new BigDecimal(value);
    }

    public static BigDecimal of(long value) {
        return BigDecimal.valueOf(value);
    }

    /** {@code value} for people: at most {@code decimals} decimals, trailing zeros dropped (92.50 → 92.5). */
    public static String show(BigDecimal value, int decimals) {
        if (value == null) {
            return "—";
        }
        BigDecimal rounded = value.setScale(decimals, ROUNDING).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return rounded.toPlainString();
    }

    /** A score for people: up to two decimals. */
    public static String show(BigDecimal value) {
        return show(value, SCORE_SCALE);
    }

    /** A percentage for people: up to one decimal, with the sign (92.5%). */
    public static String showPercent(BigDecimal percent) {
        return show(percent, 1) + "%";
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        BigDecimal result = value;
        if (min != null && result.compareTo(min) < 0) {
            result = min;
        }
        if (max != null && result.compareTo(max) > 0) {
            result = max;
        }
        return result;
    }
}
