package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalStatus;
import dev.kaohe.goal.domain.GoalType;

/**
 * A goal as pages and the API show it.
 *
 * @param progress percent of the target reached (KPI) or of the key results (OKR); null before any check-in
 * @param locked   confirmed goals change only through an approved adjustment
 * @param warnings rule warnings at the time of reading (weights, tenure, core-goal count), localised
 */
public record GoalView(long id, GoalLevel level, Long parentId, String parentTitle, int year, Integer quarter,
                       GoalSource source, Long orgUnitId, String orgUnitName, Long partnerOrgUnitId,
                       Long ownerEmployeeId, String ownerName, String title, String description, GoalType type,
                       GoalCategory category, boolean core, Integer priority, BigDecimal targetValue,
                       BigDecimal challengeValue, String unit, Direction direction, BigDecimal weight, String dataSource,
                       LocalDate dueDate, String indicatorCode, GoalStatus status, boolean locked, int revision,
                       BigDecimal actualValue, BigDecimal progress, List<KeyResultView> keyResults, SmartView smart,
                       List<String> warnings, long version) {

    public record KeyResultView(long id, String title, BigDecimal targetValue, String unit, BigDecimal progress, BigDecimal weight) {
    }

    /** The SMART result: each issue localised, and a suggested rewrite when something failed. */
    public record SmartView(boolean passed, List<Issue> issues, String suggestion) {

        public record Issue(String subject, String criterion, String code, String message) {
        }
    }

    public String period() {
        return quarter == null ? String.valueOf(year) : year + " Q" + quarter;
    }

    public BigDecimal totalTarget() {
        return targetValue == null ? null : challengeValue == null ? targetValue : targetValue.add(challengeValue);
    }
}
