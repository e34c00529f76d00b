package dev.kaohe.cycle.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.cycle.CycleForm;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.Population;
import org.springframework.format.annotation.DateTimeFormat;

/** The create-cycle form as the page binds it. */
public class CycleFormData {

    private String name;
    private CycleType type = CycleType.QUARTERLY;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    private String schemeCode;
    private Integer schemeVersion;
    private List<Long> orgUnitIds = new ArrayList<>();
    private boolean includeSubunits = true;
    private List<Long> positionIds = new ArrayList<>();
    private List<Long> regionIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hiredBefore;
    private Integer minTenureMonths;
    private boolean probationOnly;
    private Long quarterlyCycleId;
    private Integer preparationLeadDays;
    private Integer feedbackDays;

    CycleForm toForm() {
        return new CycleForm(name, type, periodStart, periodEnd, schemeCode, schemeVersion, population(), quarterlyCycleId,
                preparationLeadDays, feedbackDays);
    }

    Population population() {
        return new Population(orgUnitIds, includeSubunits, positionIds, regionIds, hiredBefore, minTenureMonths, probationOnly);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CycleType getType() { return type; }
    public void setType(CycleType type) { this.type = type; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getSchemeCode() { return schemeCode; }
    public void setSchemeCode(String schemeCode) { this.schemeCode = schemeCode; }
    public Integer getSchemeVersion() { return schemeVersion; }
    public void setSchemeVersion(Integer schemeVersion) { this.schemeVersion = schemeVersion; }
    public List<Long> getOrgUnitIds() { return orgUnitIds; }
    public void setOrgUnitIds(List<Long> orgUnitIds) { this.orgUnitIds = orgUnitIds == null ? new ArrayList<>() : orgUnitIds; }
    public boolean isIncludeSubunits() { return includeSubunits; }
    public void setIncludeSubunits(boolean includeSubunits) { this.includeSubunits = includeSubunits; }
    public List<Long> getPositionIds() { return positionIds; }
    public void setPositionIds(List<Long> positionIds) { this.positionIds = positionIds == null ? new ArrayList<>() : positionIds; }
    public List<Long> getRegionIds() { return regionIds; }
    public void setRegionIds(List<Long> regionIds) { this.regionIds = regionIds == null ? new ArrayList<>() : regionIds; }
    public LocalDate getHiredBefore() { return hiredBefore; }
    public void setHiredBefore(LocalDate hiredBefore) { this.hiredBefore = hiredBefore; }
    public Integer getMinTenureMonths() { return minTenureMonths; }
    public void setMinTenureMonths(Integer minTenureMonths) { this.minTenureMonths = minTenureMonths; }
    public boolean isProbationOnly() { return probationOnly; }
    public void setProbationOnly(boolean probationOnly) { this.probationOnly = probationOnly; }
    public Long getQuarterlyCycleId() { return quarterlyCycleId; }
    public void setQuarterlyCycleId(Long quarterlyCycleId) { this.quarterlyCycleId = quarterlyCycleId; }
    public Integer getPreparationLeadDays() { return preparationLeadDays; }
    public void setPreparationLeadDays(Integer preparationLeadDays) { this.preparationLeadDays = preparationLeadDays; }
    public Integer getFeedbackDays() { return feedbackDays; }
    public void setFeedbackDays(Integer feedbackDays) { this.feedbackDays = feedbackDays; }
}
