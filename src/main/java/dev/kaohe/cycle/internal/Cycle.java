package dev.kaohe.cycle.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleStatus;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.domain.PhaseTransition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The cycle aggregate: its period, its phase and the deadline of every phase. It guards its own phase changes. */
@Entity
@Table(name = "cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "cycle_type")
    private CycleType type;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String periodLabel;
    @Enumerated(EnumType.STRING)
    private CycleStatus status = CycleStatus.PREPARING;
    @Enumerated(EnumType.STRING)
    private CyclePhase phase = CyclePhase.PREPARATION;
    private String schemeCode;
    private int schemeVersion;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pop_org_unit_ids")
    private Long[] popOrgUnitIds = new Long[0];
    private boolean popIncludeSubunits = true;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pop_position_ids")
    private Long[] popPositionIds = new Long[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pop_region_ids")
    private Long[] popRegionIds = new Long[0];
    private LocalDate popHiredBefore;
    private Integer popMinTenureMonths;
    private boolean popProbationOnly;
    private Long quarterlyCycleId;
    private Integer preparationLeadDays;
    private Integer feedbackDays;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_phase", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "phase")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<CyclePhase, PhaseSlot> phases = new EnumMap<>(CyclePhase.class);

    protected Cycle() {
    }

    public Cycle(String name, CycleType type, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
                 String createdBy, Instant now) {
        this.name = name;
        this.type = type;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.periodLabel = periodLabel;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves to {@code to} when {@link PhaseTransition} allows it; the answer is the refusal's message key, or null
     * when the cycle moved.
     */
    public String moveTo(CyclePhase to, String reason, Instant now) {
        PhaseTransition.Verdict verdict = PhaseTransition.check(phase, to, reason);
        if (!verdict.allowed()) {
            return verdict.reasonKey();
        }
        this.phase = to;
        this.status = CycleStatus.of(to);
        PhaseSlot slot = phases.get(to);
        if (slot != null) {
            slot.entered(now);
        }
        this.updatedAt = now;
        return null;
    }

    public void planPhase(CyclePhase p, LocalDate opens, LocalDate deadline) {
        PhaseSlot slot = phases.get(p);
        if (slot == null) {
            phases.put(p, new PhaseSlot(opens, deadline));
        } else if (!slot.isOverridden()) {
            slot.computed(opens, deadline);
        }
    }

    /**
     * Enters preparation now, or, when preparation opens after {@code today}, waits as SCHEDULED until
     * {@link #open} is called on the opening day.
     */
    public void enterFirstPhase(Instant now, LocalDate today) {
        PhaseSlot preparation = phases.get(CyclePhase.PREPARATION);
        if (preparation.getOpens() != null && preparation.getOpens().isAfter(today)) {
            this.status = CycleStatus.SCHEDULED;
        } else {
            preparation.entered(now);
        }
    }

    /** Opens a scheduled cycle's preparation; false when it was not waiting (opened already, or moved on by hand). */
    public boolean open(Instant now) {
        if (status != CycleStatus.SCHEDULED || phase != CyclePhase.PREPARATION) {
            return false;
        }
        this.status = CycleStatus.PREPARING;
        phases.get(CyclePhase.PREPARATION).entered(now);
        this.updatedAt = now;
        return true;
    }

    /** The cycle's own preparation lead and feedback window in working days; null keeps the configured defaults. */
    public void windows(Integer preparationLeadDays, Integer feedbackDays) {
        this.preparationLeadDays = preparationLeadDays;
        this.feedbackDays = feedbackDays;
    }

    public void population(Long[] orgUnitIds, boolean includeSubunits, Long[] positionIds, Long[] regionIds,
                           LocalDate hiredBefore, Integer minTenureMonths, boolean probationOnly) {
        this.popOrgUnitIds = orgUnitIds.clone();
        this.popIncludeSubunits = includeSubunits;
        this.popPositionIds = positionIds.clone();
        this.popRegionIds = regionIds.clone();
        this.popHiredBefore = hiredBefore;
        this.popMinTenureMonths = minTenureMonths;
        this.popProbationOnly = probationOnly;
    }

    public void scheme(String code, int version) {
        this.schemeCode = code;
        this.schemeVersion = version;
    }

    public void touch(Instant now) { this.updatedAt = now; }

    public Long getId() { return id; }
    public String getName() { return name; }
    public CycleType getType() { return type; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getPeriodLabel() { return periodLabel; }
    public CycleStatus getStatus() { return status; }
    public CyclePhase getPhase() { return phase; }
    public String getSchemeCode() { return schemeCode; }
    public int getSchemeVersion() { return schemeVersion; }
    public Long[] getPopOrgUnitIds() { return popOrgUnitIds.clone(); }
    public boolean isPopIncludeSubunits() { return popIncludeSubunits; }
    public Long[] getPopPositionIds() { return popPositionIds.clone(); }
    public Long[] getPopRegionIds() { return popRegionIds.clone(); }
    public LocalDate getPopHiredBefore() { return popHiredBefore; }
    public Integer getPopMinTenureMonths() { return popMinTenureMonths; }
    public boolean isPopProbationOnly() { return popProbationOnly; }
    public Long getQuarterlyCycleId() { return quarterlyCycleId; }
    public void setQuarterlyCycleId(Long quarterlyCycleId) { this.quarterlyCycleId = quarterlyCycleId; }
    public Integer getPreparationLeadDays() { return preparationLeadDays; }
    public Integer getFeedbackDays() { return feedbackDays; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Map<CyclePhase, PhaseSlot> getPhases() { return phases; }
}
