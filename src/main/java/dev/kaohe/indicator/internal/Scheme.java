package dev.kaohe.indicator.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scheme's identity and catalogue data; its rules live in its versions. */
@Entity
@Table(name = "scheme")
public class Scheme {

    public enum Status { ACTIVE, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] positionFamilies = new String[0];
    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;
    private Instant createdAt;
    @Version
    private long version;

    protected Scheme() {
    }

    public Scheme(String code, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String[] getPositionFamilies() { return positionFamilies.clone(); }
    public void setPositionFamilies(String[] positionFamilies) { this.positionFamilies = positionFamilies.clone(); }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
