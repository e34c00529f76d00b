package dev.kaohe.goal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.kaohe.goal.domain.AdjustmentReason;
import dev.kaohe.goal.domain.AdjustmentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 目标调整申请表. */
@Entity
@Table(name = "goal_adjustment")
public class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long goalId;
    @Enumerated(EnumType.STRING)
    private AdjustmentReason reasonCategory;
    private String reason;
    private BigDecimal originalTarget;
    private BigDecimal originalChallenge;
    private LocalDate originalDueDate;
    private BigDecimal requestedTarget;
    private BigDecimal requestedChallenge;
    private LocalDate requestedDueDate;
    private int quarterYear;
    private int quarterOfYear;
    private int countInQuarter;
    @Enumerated(EnumType.STRING)
    private AdjustmentStatus status = AdjustmentStatus.PENDING;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private Long requesterEmployeeId;
    private Long approverEmployeeId;
    private String approverName;
    @Version
    private long version;

    protected Adjustment() {
    }

    public Adjustment(Goal goal, AdjustmentReason reasonCategory, String reason, BigDecimal requestedTarget,
                      BigDecimal requestedChallenge, LocalDate requestedDueDate, int quarterYear, int quarterOfYear,
                      int countInQuarter, String requestedBy, Instant requestedAt) {
        this.goalId = goal.getId();
        this.reasonCategory = reasonCategory;
        this.reason = reason;
        this.originalTarget = goal.getTargetValue();
        this.originalChallenge = goal.getChallengeValue();
        this.originalDueDate = goal.getDueDate();
        this.requestedTarget = requestedTarget;
        this.requestedChallenge = requestedChallenge;
        this.requestedDueDate = requestedDueDate;
        this.quarterYear = quarterYear;
        this.quarterOfYear = quarterOfYear;
        this.countInQuarter = countInQuarter;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void decide(AdjustmentStatus status, String by, Instant at, String note) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    /** Names who decides: an employee, or HR when {@code approverEmployeeId} is null. */
    public void nameApprover(Long requesterEmployeeId, Long approverEmployeeId, String approverName) {
        this.requesterEmployeeId = requesterEmployeeId;
        this.approverEmployeeId = approverEmployeeId;
        this.approverName = approverName;
    }

    public Long getRequesterEmployeeId() { return requesterEmployeeId; }
    public Long getApproverEmployeeId() { return approverEmployeeId; }
    public String getApproverName() { return approverName; }
    public Long getId() { return id; }
    public long getGoalId() { return goalId; }
    public AdjustmentReason getReasonCategory() { return reasonCategory; }
    public String getReason() { return reason; }
    public BigDecimal getOriginalTarget() { return originalTarget; }
    public BigDecimal getOriginalChallenge() { return originalChallenge; }
    public LocalDate getOriginalDueDate() { return originalDueDate; }
    public BigDecimal getRequestedTarget() { return requestedTarget; }
    public BigDecimal getRequestedChallenge() { return requestedChallenge; }
    public LocalDate getRequestedDueDate() { return requestedDueDate; }
    public int getQuarterYear() { return quarterYear; }
    public int getQuarterOfYear() { return quarterOfYear; }
    public int getCountInQuarter() { return countInQuarter; }
    public AdjustmentStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public long getVersion() { return version; }
}
