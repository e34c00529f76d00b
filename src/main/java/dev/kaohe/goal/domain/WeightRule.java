package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Weights of one person's (or one level's) goals sum to the total (100%), and outcome goals take
 * 60–70% of it, process goals 30–40% (R57). The shares are guidance: outside them is a warning.
 */
public record WeightRule(BigDecimal total, BigDecimal outcomeMin, BigDecimal outcomeMax,
                         BigDecimal processMin, BigDecimal processMax) {

    public record Weighted(BigDecimal weight, GoalCategory category) {
    }

    /** @param code sumMismatch, outcomeShare or processShare; args: the value found and the expected bounds */
    public record WeightIssue(String code, List<String> args) {
    }

    public record WeightCheck(BigDecimal sum, BigDecimal outcomeShare, BigDecimal processShare, List<WeightIssue> issues) {

        public boolean sumsToTotal() {
            return issues.stream().noneMatch(i -> i.code().equals("sumMismatch"));
        }
    }

    public WeightCheck check(List<Weighted> goals) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal outcome = BigDecimal.ZERO;
        for (Weighted goal : goals) {
            BigDecimal weight = goal.weight() == null ? BigDecimal.ZERO : goal.weight();
            sum = sum.add(weight);
            if (goal.category() == GoalCategory.OUTCOME) {
                outcome = outcome.add(weight);
            }
        }
        List<WeightIssue> issues = new ArrayList<>();
        if (goals.isEmpty()) {
            return new WeightCheck(sum, BigDecimal.ZERO, BigDecimal.ZERO, issues);
        }
        if (sum.compareTo(total) != 0) {
            issues.add(new WeightIssue("sumMismatch", List.of(plain(sum), plain(total))));
        }
        if (sum.signum() == 0) {
            return new WeightCheck(sum, BigDecimal.ZERO, BigDecimal.ZERO, issues);
        }
        BigDecimal outcomeShare = outcome.multiply(BigDecimal.valueOf(100)).divide(sum, 1, RoundingMode.HALF_UP);
        BigDecimal processShare = BigDecimal.valueOf(100).setScale(1).subtract(outcomeShare);
        if (outcomeShare.compareTo(outcomeMin) < 0 || outcomeShare.compareTo(outcomeMax) > 0) {
            issues.add(new WeightIssue("outcomeShare", List.of(plain(outcomeShare), plain(outcomeMin), plain(outcomeMax))));
        }
        if (processShare.compareTo(processMin) < 0 || processShare.compareTo(processMax) > 0) {
            issues.add(new WeightIssue("processShare", List.of(plain(processShare), plain(processMin), plain(processMax))));
        }
        return new WeightCheck(sum, outcomeShare, processShare, issues);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
