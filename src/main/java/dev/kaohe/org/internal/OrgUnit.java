package dev.kaohe.org.internal;

import dev.kaohe.org.OrgUnitKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A node of the company → department → team tree. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;
    private Long parentId;
    private boolean active = true;
    private int sortOrder;
    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnitKind kind, Long parentId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrgUnitKind getKind() { return kind; }
    public void setKind(OrgUnitKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public long getVersion() { return version; }
}
