package dev.kaohe.goal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 个人绩效目标确认书 of one person and period. */
@Entity
@Table(name = "goal_confirmation")
public class Confirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long employeeId;
    private int year;
    private Integer quarter;
    private String whatNote;
    private String howNote;
    private String supportNote;
    private Instant employeeConfirmedAt;
    private String employeeConfirmedBy;
    private Instant managerConfirmedAt;
    private String managerConfirmedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected Confirmation() {
    }

    public Confirmation(long employeeId, int year, Integer quarter) {
        this.employeeId = employeeId;
        this.year = year;
        this.quarter = quarter;
    }

    public boolean isComplete() { return employeeConfirmedAt != null && managerConfirmedAt != null; }

    public void resetSignatures() {
        employeeConfirmedAt = null;
        employeeConfirmedBy = null;
        managerConfirmedAt = null;
        managerConfirmedBy = null;
    }

    public Long getId() { return id; }
    public long getEmployeeId() { return employeeId; }
    public int getYear() { return year; }
    public Integer getQuarter() { return quarter; }
    public String getWhatNote() { return whatNote; }
    public void setWhatNote(String whatNote) { this.whatNote = whatNote; }
    public String getHowNote() { return howNote; }
    public void setHowNote(String howNote) { this.howNote = howNote; }
    public String getSupportNote() { return supportNote; }
    public void setSupportNote(String supportNote) { this.supportNote = supportNote; }
    public Instant getEmployeeConfirmedAt() { return employeeConfirmedAt; }
    public String getEmployeeConfirmedBy() { return employeeConfirmedBy; }
    public void employeeConfirmed(Instant at, String by) { employeeConfirmedAt = at; employeeConfirmedBy = by; }
    public Instant getManagerConfirmedAt() { return managerConfirmedAt; }
    public String getManagerConfirmedBy() { return managerConfirmedBy; }
    public void managerConfirmed(Instant at, String by) { managerConfirmedAt = at; managerConfirmedBy = by; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
