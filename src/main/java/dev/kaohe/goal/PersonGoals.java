package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.List;

/** One person's goals of a period with the weight totals and the warnings of the whole set. */
public record PersonGoals(long employeeId, String employeeName, String positionName, String orgUnitName, int year,
                          Integer quarter, List<GoalView> goals, BigDecimal weightSum, BigDecimal outcomeShare,
                          BigDecimal processShare, List<String> warnings, boolean canEdit) {
}
