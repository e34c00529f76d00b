package dev.kaohe.goal.internal;

import java.math.BigDecimal;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "goal_template_item")
public class GoalTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int sortOrder;
    private String title;
    @Enumerated(EnumType.STRING)
    private GoalCategory category;
    private BigDecimal targetValue;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private BigDecimal weight;
    private String dataSource;
    private String indicatorCode;
    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(name = "goal_type")
    private dev.kaohe.goal.domain.GoalType type = dev.kaohe.goal.domain.GoalType.KPI;
    private Long parentGoalId;
    @jakarta.persistence.OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.JoinColumn(name = "item_id", nullable = false)
    @jakarta.persistence.OrderBy("sortOrder")
    private java.util.List<GoalTemplateKeyResult> keyResults = new java.util.ArrayList<>();

    protected GoalTemplateItem() {
    }

    public GoalTemplateItem(int sortOrder, String title, GoalCategory category, BigDecimal targetValue, String unit,
                            Direction direction, BigDecimal weight, String dataSource, String indicatorCode) {
        this.sortOrder = sortOrder;
        this.title = title;
        this.category = category;
        this.targetValue = targetValue;
        this.unit = unit;
        this.direction = direction;
        this.weight = weight;
        this.dataSource = dataSource;
        this.indicatorCode = indicatorCode;
    }

    public dev.kaohe.goal.domain.GoalType getType() { return type; }
    public void setType(dev.kaohe.goal.domain.GoalType type) { this.type = type; }
    public Long getParentGoalId() { return parentGoalId; }
    public void setParentGoalId(Long parentGoalId) { this.parentGoalId = parentGoalId; }
    public java.util.List<GoalTemplateKeyResult> getKeyResults() { return keyResults; }
    public int getSortOrder() { return sortOrder; }
    public String getTitle() { return title; }
    public GoalCategory getCategory() { return category; }
    public BigDecimal getTargetValue() { return targetValue; }
    public String getUnit() { return unit; }
    public Direction getDirection() { return direction; }
    public BigDecimal getWeight() { return weight; }
    public String getDataSource() { return dataSource; }
    public String getIndicatorCode() { return indicatorCode; }
}
