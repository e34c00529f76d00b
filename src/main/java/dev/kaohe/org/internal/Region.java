package dev.kaohe.org.internal;

import dev.kaohe.org.RegionLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "region")
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private RegionLevel level;
    private Long parentId;
    /** Comma-separated tags such as 一线城市, 新兴经济区, 东部. */
    private String tags;
    private boolean active = true;
    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, Long parentId) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RegionLevel getLevel() { return level; }
    public void setLevel(RegionLevel level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
