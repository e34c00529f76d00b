package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One person's goals of a period with the weight totals and the warnings of the whole set.
 *
 * @param teamLinkedShare percent of the person's score that comes from the team's attainment (R28)
 * @param teamGoals       titles of the person's unit goals of the period that attainment is measured on
 */
public record PersonGoals(long employeeId, String employeeName, String positionName, String orgUnitName, int year,
                          Integer quarter, List<GoalView> goals, BigDecimal weightSum, BigDecimal outcomeShare,
                          BigDecimal processShare, List<String> warnings, boolean canEdit, BigDecimal teamLinkedShare,
                          List<String> teamGoals) {
}
