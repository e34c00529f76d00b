package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.goal.domain.AdjustmentLimit;
import dev.kaohe.goal.domain.CoreGoalRule;
import dev.kaohe.goal.domain.SmartCheck;
import dev.kaohe.goal.domain.TenureRule;
import dev.kaohe.goal.domain.WeightRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The goal rules' numbers, {@code kaohe.goal.*}, defaulting to the source values.
 *
 * @param coreGoalsMin / coreGoalsMax      core goals per department (R23: 3–5)
 * @param weightTotal                      weights of one person or level sum to this (100%)
 * @param outcomeMin … processMax           outcome 60–70% / process 30–40% guidance (R57)
 * @param adjustmentsPerQuarter            adjustment requests per goal per quarter (R46: once)
 * @param adjustmentLimitBlocks            true: a request beyond the limit is refused; false: only warned
 * @param newHireMonths                    tenure below which a person counts as a new hire (R37, inferred)
 * @param newHireShareOfVeteranQuota       warn when a new hire's target reaches this share of the veterans' average (R37: the same quota)
 * @param teamLinkedShare                  percent of a personal score tied to the team's achievement (R28: 30%)
 * @param confirmRequiresFullWeight        confirmation needs the weights to sum to the total
 * @param vagueVerbs                       words that make a goal vague when nothing in it is measurable (R34)
 */
@ConfigurationProperties("kaohe.goal")
public record GoalSettings(
        @DefaultValue("3") int coreGoalsMin,
        @DefaultValue("5") int coreGoalsMax,
        @DefaultValue("100") BigDecimal weightTotal,
        @DefaultValue("60") BigDecimal outcomeMin,
        @DefaultValue("70") BigDecimal outcomeMax,
        @DefaultValue("30") BigDecimal processMin,
        @DefaultValue("40") BigDecimal processMax,
        @DefaultValue("1") int adjustmentsPerQuarter,
        @DefaultValue("true") boolean adjustmentLimitBlocks,
        @DefaultValue("6") int newHireMonths,
        @DefaultValue("1.0") BigDecimal newHireShareOfVeteranQuota,
        @DefaultValue("30") BigDecimal teamLinkedShare,
        @DefaultValue("true") boolean confirmRequiresFullWeight,
        @DefaultValue({"提升", "加强", "优化", "改善", "提高", "增强", "推进", "完善", "improve", "enhance", "strengthen",
                "optimise", "optimize", "boost", "raise", "increase"}) List<String> vagueVerbs) {

    public WeightRule weightRule() {
        return new WeightRule(weightTotal, outcomeMin, outcomeMax, processMin, processMax);
    }

    public CoreGoalRule coreGoalRule() {
        return new CoreGoalRule(coreGoalsMin, coreGoalsMax);
    }

    public AdjustmentLimit adjustmentLimit() {
        return new AdjustmentLimit(adjustmentsPerQuarter, adjustmentLimitBlocks);
    }

    public TenureRule tenureRule() {
        return new TenureRule(newHireMonths, newHireShareOfVeteranQuota);
    }

    public SmartCheck smartCheck() {
        return new SmartCheck(vagueVerbs);
    }
}
