package dev.kaohe.goal.internal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "goal_key_result")
public class KeyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int sortOrder;
    private String title;
    private BigDecimal targetValue;
    private String unit;
    private BigDecimal progress = BigDecimal.ZERO;
    private BigDecimal weight = BigDecimal.ZERO;

    protected KeyResult() {
    }

    public KeyResult(int sortOrder, String title, BigDecimal targetValue, String unit, BigDecimal progress, BigDecimal weight) {
        this.sortOrder = sortOrder;
        this.title = title;
        this.targetValue = targetValue;
        this.unit = unit;
        this.progress = progress == null ? BigDecimal.ZERO : progress;
        this.weight = weight == null ? BigDecimal.ZERO : weight;
    }

    public Long getId() { return id; }
    public int getSortOrder() { return sortOrder; }
    public String getTitle() { return title; }
    public BigDecimal getTargetValue() { return targetValue; }
    public String getUnit() { return unit; }
    public BigDecimal getProgress() { return progress; }
    public void setProgress(BigDecimal progress) { this.progress = progress; }
    public BigDecimal getWeight() { return weight; }
}
