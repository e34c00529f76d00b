package dev.kaohe.goal.internal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key result of an OKR template item, copied into each goal made from the template. */
@Entity
@Table(name = "goal_template_key_result")
public class GoalTemplateKeyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int sortOrder;
    private String title;
    private BigDecimal targetValue;
    private String unit;
    private BigDecimal weight;

    protected GoalTemplateKeyResult() {
    }

    public GoalTemplateKeyResult(int sortOrder, String title, BigDecimal targetValue, String unit, BigDecimal weight) {
        this.sortOrder = sortOrder;
        this.title = title;
        this.targetValue = targetValue;
        this.unit = unit;
        this.weight = weight == null ? BigDecimal.ZERO : weight;
    }

    public int getSortOrder() { return sortOrder; }
    public String getTitle() { return title; }
    public BigDecimal getTargetValue() { return targetValue; }
    public String getUnit() { return unit; }
    public BigDecimal getWeight() { return weight; }
}
