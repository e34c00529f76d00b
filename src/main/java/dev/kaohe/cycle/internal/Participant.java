package dev.kaohe.cycle.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "cycle_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long cycleId;
    private long employeeId;
    private Long managerEmployeeId;
    private Long reviewerEmployeeId;
    private String schemeCode;
    private int schemeVersion;
    private Instant createdAt;
    @Version
    private long version;

    protected Participant() {
    }

    public Participant(long cycleId, long employeeId, Long managerEmployeeId, String schemeCode, int schemeVersion, Instant now) {
        this.cycleId = cycleId;
        this.employeeId = employeeId;
        this.managerEmployeeId = managerEmployeeId;
        this.reviewerEmployeeId = managerEmployeeId;
        this.schemeCode = schemeCode;
        this.schemeVersion = schemeVersion;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public long getEmployeeId() { return employeeId; }
    public Long getManagerEmployeeId() { return managerEmployeeId; }
    public Long getReviewerEmployeeId() { return reviewerEmployeeId; }
    public void setReviewerEmployeeId(Long reviewerEmployeeId) { this.reviewerEmployeeId = reviewerEmployeeId; }
    public String getSchemeCode() { return schemeCode; }
    public int getSchemeVersion() { return schemeVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
