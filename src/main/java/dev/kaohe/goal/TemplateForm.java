package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalType;

/**
 * A goal template for a position: the goals every holder of the position gets.
 *
 * @param version the template's version when editing (stale → 409); ignored when creating
 */
public record TemplateForm(String code, String name, Long positionId, List<Item> items, Long version) {

    public TemplateForm(String code, String name, Long positionId, List<Item> items) {
        this(code, name, positionId, items, null);
    }

    /**
     * One goal of the template.
     *
     * @param type         KPI (default) or OKR; an OKR item needs at least one key result
     * @param parentGoalId the goal this item's goals are linked to; when null, the parent given on applying
     */
    public record Item(String title, GoalCategory category, BigDecimal targetValue, String unit, Direction direction,
                       BigDecimal weight, String dataSource, String indicatorCode, GoalType type, Long parentGoalId,
                       List<KeyResultItem> keyResults) {

        public Item(String title, GoalCategory category, BigDecimal targetValue, String unit, Direction direction,
                    BigDecimal weight, String dataSource, String indicatorCode) {
            this(title, category, targetValue, unit, direction, weight, dataSource, indicatorCode, GoalType.KPI, null, List.of());
        }
    }

    public record KeyResultItem(String title, BigDecimal targetValue, String unit, BigDecimal weight) {
    }
}
