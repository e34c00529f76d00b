package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Targets may differ by tenure (R37): a new hire (on probation, or hired less than {@code newHireMonths}
 * ago) given at least {@code shareOfVeteranQuota} of the veterans' average target on the same parent
 * goal is warned about, since the sources cite exactly that as a failure.
 */
public record TenureRule(int newHireMonths, BigDecimal shareOfVeteranQuota) {

    public boolean isNewHire(LocalDate hireDate, boolean probation, LocalDate asOf) {
        return probation || (hireDate != null && hireDate.plusMonths(newHireMonths).isAfter(asOf));
    }

    /** The veterans' average when the new hire's target reaches the warning level, else empty. */
    public Optional<BigDecimal> check(BigDecimal newHireTarget, Direction direction, List<BigDecimal> veteranTargets) {
        if (newHireTarget == null || veteranTargets.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal average = veteranTargets.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(veteranTargets.size()), 4, RoundingMode.HALF_UP);
        BigDecimal threshold = average.multiply(shareOfVeteranQuota);
        boolean asDemanding = direction == Direction.LOWER
                ? newHireTarget.compareTo(average.divide(shareOfVeteranQuota, 4, RoundingMode.HALF_UP)) <= 0
                : newHireTarget.compareTo(threshold) >= 0;
        return asDemanding ? Optional.of(new BigDecimal(average.stripTrailingZeros().toPlainString())) : Optional.empty();
    }
}
