package dev.kaohe.goal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.kaohe.goal.domain.CheckInKind;
import dev.kaohe.goal.domain.ShortfallCause;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A weekly progress value or a monthly review; never changed once written. */
@Entity
@Table(name = "goal_check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long goalId;
    @Enumerated(EnumType.STRING)
    private CheckInKind kind;
    private LocalDate periodDate;
    private BigDecimal value;
    private BigDecimal plannedValue;
    private Long keyResultId;
    private String note;
    @Enumerated(EnumType.STRING)
    private ShortfallCause shortfallCause;
    private String createdBy;
    private Instant createdAt;

    protected CheckIn() {
    }

    public CheckIn(long goalId, CheckInKind kind, LocalDate periodDate, BigDecimal value, BigDecimal plannedValue,
                   Long keyResultId, String note, ShortfallCause shortfallCause, String createdBy, Instant createdAt) {
        this.goalId = goalId;
        this.kind = kind;
        this.periodDate = periodDate;
        this.value = value;
        this.plannedValue = plannedValue;
        this.keyResultId = keyResultId;
        this.note = note;
        this.shortfallCause = shortfallCause;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getGoalId() { return goalId; }
    public CheckInKind getKind() { return kind; }
    public LocalDate getPeriodDate() { return periodDate; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getPlannedValue() { return plannedValue; }
    public Long getKeyResultId() { return keyResultId; }
    public String getNote() { return note; }
    public ShortfallCause getShortfallCause() { return shortfallCause; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
