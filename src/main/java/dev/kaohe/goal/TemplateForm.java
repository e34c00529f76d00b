package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;

/** A goal template for a position: the goals every holder of the position gets. */
public record TemplateForm(String code, String name, Long positionId, List<Item> items) {

    public record Item(String title, GoalCategory category, BigDecimal targetValue, String unit, Direction direction,
                       BigDecimal weight, String dataSource, String indicatorCode) {
    }
}
