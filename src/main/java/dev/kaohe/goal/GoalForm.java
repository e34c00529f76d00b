package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalType;

/**
 * A goal as entered. Level, owner and unit are fixed at creation; an update ignores them.
 *
 * @param source          company goals: where they come from
 * @param orgUnitId       team/department goals: the unit
 * @param ownerEmployeeId individual goals: the person
 * @param targetValue     the base target; {@code challengeValue} the extra challenge part (E10: 150万 + 50万)
 * @param indicatorCode   optional code of an indicator in the indicator library
 * @param version         required on update; a stale one answers 409
 */
public record GoalForm(GoalLevel level, Long parentId, Integer year, Integer quarter, GoalSource source,
                       Long orgUnitId, Long partnerOrgUnitId, Long ownerEmployeeId, String title, String description,
                       GoalType type, GoalCategory category, Boolean core, Integer priority,
                       BigDecimal targetValue, BigDecimal challengeValue, String unit, Direction direction,
                       BigDecimal weight, String dataSource, LocalDate dueDate, String indicatorCode,
                       List<KeyResultForm> keyResults, Long version) {

    public record KeyResultForm(String title, BigDecimal targetValue, String unit, BigDecimal progress, BigDecimal weight) {
    }

    public static GoalForm of(GoalView g) {
        return new GoalForm(g.level(), g.parentId(), g.year(), g.quarter(), g.source(), g.orgUnitId(), g.partnerOrgUnitId(),
                g.ownerEmployeeId(), g.title(), g.description(), g.type(), g.category(), g.core(), g.priority(),
                g.targetValue(), g.challengeValue(), g.unit(), g.direction(), g.weight(), g.dataSource(), g.dueDate(),
                g.indicatorCode(), g.keyResults().stream().map(k -> new KeyResultForm(k.title(), k.targetValue(), k.unit(),
                k.progress(), k.weight())).toList(), g.version());
    }
}
