package dev.kaohe.goal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kaohe.goal.domain.ActionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One step of a goal's action plan (营销目标行动计划表). */
@Entity
@Table(name = "goal_action")
public class ActionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long goalId;
    private String step;
    private String ownerName;
    private LocalDate dueDate;
    private BigDecimal budget;
    private String tools;
    private String people;
    private String risk;
    private String countermeasure;
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.NOT_STARTED;
    @Version
    private long version;

    protected ActionStep() {
    }

    public ActionStep(long goalId) {
        this.goalId = goalId;
    }

    public Long getId() { return id; }
    public long getGoalId() { return goalId; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getTools() { return tools; }
    public void setTools(String tools) { this.tools = tools; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public String getRisk() { return risk; }
    public void setRisk(String risk) { this.risk = risk; }
    public String getCountermeasure() { return countermeasure; }
    public void setCountermeasure(String countermeasure) { this.countermeasure = countermeasure; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public long getVersion() { return version; }
}
