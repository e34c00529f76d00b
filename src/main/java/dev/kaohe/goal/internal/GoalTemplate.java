package dev.kaohe.goal.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "goal_template")
public class GoalTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private long positionId;
    private boolean active = true;
    private java.time.Instant updatedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("sortOrder")
    private List<GoalTemplateItem> items = new ArrayList<>();

    protected GoalTemplate() {
    }

    public GoalTemplate(String code, String name, long positionId) {
        this.code = code;
        this.name = name;
        this.positionId = positionId;
    }

    public void rename(String code, String name, long positionId) {
        this.code = code;
        this.name = name;
        this.positionId = positionId;
    }

    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public java.time.Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(java.time.Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public long getPositionId() { return positionId; }
    public long getVersion() { return version; }
    public List<GoalTemplateItem> getItems() { return items; }
}
