package dev.kaohe.goal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalStatus;
import dev.kaohe.goal.domain.GoalType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "goal")
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private GoalLevel level;
    private Long parentId;
    private int year;
    private Integer quarter;
    @Enumerated(EnumType.STRING)
    private GoalSource source;
    private Long orgUnitId;
    private Long partnerOrgUnitId;
    private Long ownerEmployeeId;
    private String ownerName;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "goal_type")
    private GoalType type;
    @Enumerated(EnumType.STRING)
    private GoalCategory category;
    private boolean core;
    private Integer priority;
    private BigDecimal targetValue;
    private BigDecimal challengeValue;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction = Direction.HIGHER;
    private BigDecimal weight = BigDecimal.ZERO;
    private String dataSource;
    private LocalDate dueDate;
    private String indicatorCode;
    @Enumerated(EnumType.STRING)
    private GoalStatus status = GoalStatus.DRAFT;
    private int revision = 1;
    private BigDecimal actualValue;
    private boolean smartPassed;
    private String smartIssues;
    private String createdBy;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "goal_id", nullable = false)
    @OrderBy("sortOrder")
    private List<KeyResult> keyResults = new ArrayList<>();

    protected Goal() {
    }

    public Goal(GoalLevel level, String createdBy) {
        this.level = level;
        this.createdBy = createdBy;
    }

    public boolean isLocked() { return status != GoalStatus.DRAFT; }
    public boolean isArchived() { return status == GoalStatus.ARCHIVED; }

    public Long getId() { return id; }
    public GoalLevel getLevel() { return level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public GoalSource getSource() { return source; }
    public void setSource(GoalSource source) { this.source = source; }
    public Long getOrgUnitId() { return orgUnitId; }
    public void setOrgUnitId(Long orgUnitId) { this.orgUnitId = orgUnitId; }
    public Long getPartnerOrgUnitId() { return partnerOrgUnitId; }
    public void setPartnerOrgUnitId(Long partnerOrgUnitId) { this.partnerOrgUnitId = partnerOrgUnitId; }
    public Long getOwnerEmployeeId() { return ownerEmployeeId; }
    public void setOwnerEmployeeId(Long ownerEmployeeId) { this.ownerEmployeeId = ownerEmployeeId; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public GoalType getType() { return type; }
    public void setType(GoalType type) { this.type = type; }
    public GoalCategory getCategory() { return category; }
    public void setCategory(GoalCategory category) { this.category = category; }
    public boolean isCore() { return core; }
    public void setCore(boolean core) { this.core = core; }
    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getChallengeValue() { return challengeValue; }
    public void setChallengeValue(BigDecimal challengeValue) { this.challengeValue = challengeValue; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public String getDataSource() { return dataSource; }
    public void setDataSource(String dataSource) { this.dataSource = dataSource; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public GoalStatus getStatus() { return status; }
    public void setStatus(GoalStatus status) { this.status = status; }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public BigDecimal getActualValue() { return actualValue; }
    public void setActualValue(BigDecimal actualValue) { this.actualValue = actualValue; }
    public boolean isSmartPassed() { return smartPassed; }
    public void setSmartPassed(boolean smartPassed) { this.smartPassed = smartPassed; }
    public String getSmartIssues() { return smartIssues; }
    public void setSmartIssues(String smartIssues) { this.smartIssues = smartIssues; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
    public List<KeyResult> getKeyResults() { return keyResults; }
}
