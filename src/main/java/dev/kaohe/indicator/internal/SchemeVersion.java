package dev.kaohe.indicator.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

/** One numbered version of a scheme's rules. Once locked it never changes (a database trigger agrees). */
@Entity
@Table(name = "scheme_version")
public class SchemeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schemeId;
    private int number;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String definition;
    private String note;
    private String createdBy;
    private Instant createdAt;
    private Instant lockedAt;
    private String lockedBy;
    @Version
    private long version;

    protected SchemeVersion() {
    }

    public SchemeVersion(Long schemeId, int number, String definition, String note, String createdBy, Instant createdAt) {
        this.schemeId = schemeId;
        this.number = number;
        this.definition = definition;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    /** Only a draft may change; callers check {@link #isLocked()} first. */
    public void redefine(String newDefinition, String newNote) {
        if (isLocked()) {
            throw new IllegalStateException("version " + number + " is locked");
        }
        this.definition = newDefinition;
        this.note = newNote;
    }

    public void lock(String by, Instant at) {
        if (!isLocked()) {
            this.lockedAt = at;
            this.lockedBy = by;
        }
    }

    public Long getId() { return id; }
    public Long getSchemeId() { return schemeId; }
    public int getNumber() { return number; }
    public String getDefinition() { return definition; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLockedAt() { return lockedAt; }
    public String getLockedBy() { return lockedBy; }
    public long getVersion() { return version; }
}
