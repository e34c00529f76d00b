package dev.kaohe.review.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A self or manager assessment of one participant: a score and a note per item, and its state. */
@Entity
@Table(name = "review_form")
public class ReviewForm {

    public enum Kind { SELF, MANAGER }

    public enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long participantId;
    private long cycleId;
    private long employeeId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private boolean reopened;
    private String strengths;
    private String gaps;
    private String signatureName;
    private Instant signedAt;
    private Instant submittedAt;
    private String submittedBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_form_item", joinColumns = @JoinColumn(name = "form_id"))
    @MapKeyColumn(name = "item_code")
    private Map<String, Entry> items = new LinkedHashMap<>();

    protected ReviewForm() {
    }

    public ReviewForm(long participantId, long cycleId, long employeeId, Kind kind, String by, Instant now) {
        this.participantId = participantId;
        this.cycleId = cycleId;
        this.employeeId = employeeId;
        this.kind = kind;
        this.status = Status.DRAFT;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public boolean isSubmitted() { return status == Status.SUBMITTED; }

    public void edited(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public void submit(String by, Instant now) {
        status = Status.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        reopened = false;
        edited(by, now);
    }

    public void reopen(String by, Instant now) {
        status = Status.DRAFT;
        reopened = true;
        submittedAt = null;
        submittedBy = null;
        signatureName = null;
        signedAt = null;
        edited(by, now);
    }

    public void sign(String name, Instant now) {
        signatureName = name;
        signedAt = now;
    }

    public void putItem(String code, BigDecimal score, String note) {
        items.put(code, new Entry(score, note));
    }

    public Long getId() { return id; }
    public long getParticipantId() { return participantId; }
    public long getCycleId() { return cycleId; }
    public long getEmployeeId() { return employeeId; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public boolean isReopened() { return reopened; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getGaps() { return gaps; }
    public void setGaps(String gaps) { this.gaps = gaps; }
    public String getSignatureName() { return signatureName; }
    public Instant getSignedAt() { return signedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
    public Map<String, Entry> getItems() { return items; }

    /** One item of the form. */
    @Embeddable
    public static class Entry {
        @Column(name = "score")
        private BigDecimal score;
        @Column(name = "note")
        private String note;

        protected Entry() {
        }

        public Entry(BigDecimal score, String note) {
            this.score = score;
            this.note = note;
        }

        public BigDecimal getScore() { return score; }
        public String getNote() { return note; }
    }
}
