package dev.kaohe.goal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a goal was before an approved adjustment replaced it. */
@Entity
@Table(name = "goal_revision")
public class GoalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long goalId;
    private int revision;
    private String title;
    private BigDecimal targetValue;
    private BigDecimal challengeValue;
    private LocalDate dueDate;
    private BigDecimal weight;
    private Long adjustmentId;
    private Instant validUntil;

    protected GoalRevision() {
    }

    public GoalRevision(Goal goal, Long adjustmentId, Instant validUntil) {
        this.goalId = goal.getId();
        this.revision = goal.getRevision();
        this.title = goal.getTitle();
        this.targetValue = goal.getTargetValue();
        this.challengeValue = goal.getChallengeValue();
        this.dueDate = goal.getDueDate();
        this.weight = goal.getWeight();
        this.adjustmentId = adjustmentId;
        this.validUntil = validUntil;
    }

    public Long getId() { return id; }
    public long getGoalId() { return goalId; }
    public int getRevision() { return revision; }
    public String getTitle() { return title; }
    public BigDecimal getTargetValue() { return targetValue; }
    public BigDecimal getChallengeValue() { return challengeValue; }
    public LocalDate getDueDate() { return dueDate; }
    public BigDecimal getWeight() { return weight; }
    public Long getAdjustmentId() { return adjustmentId; }
    public Instant getValidUntil() { return validUntil; }
}
