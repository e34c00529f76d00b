package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Progress in percent (scale 1, HALF_UP): a KPI's actual against its target, an OKR's key results, a parent's children. */
public final class Progress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Progress() {
    }

    public record Part(BigDecimal progress, BigDecimal weight) {
    }

    /** Actual ÷ target, inverted when less is better; null when either is missing. */
    public static BigDecimal ofKpi(BigDecimal target, BigDecimal actual, Direction direction) {
        if (target == null || actual == null || target.signum() == 0) {
            return null;
        }
        if (direction == Direction.LOWER) {
            return actual.signum() == 0 ? HUNDRED.setScale(1) : target.multiply(HUNDRED).divide(actual, 1, RoundingMode.HALF_UP);
        }
        return actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** Weighted average; parts without progress are left out; equal weights when all weights are zero. */
    public static BigDecimal weighted(List<Part> parts) {
        List<Part> known = parts.stream().filter(p -> p.progress() != null).toList();
        if (known.isEmpty()) {
            return null;
        }
        BigDecimal weights = known.stream().map(p -> p.weight() == null ? BigDecimal.ZERO : p.weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            return known.stream().map(Part::progress).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.HALF_UP);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : known) {
            sum = sum.add(part.progress().multiply(part.weight() == null ? BigDecimal.ZERO : part.weight()));
        }
        return sum.divide(weights, 1, RoundingMode.HALF_UP);
    }
}
