package dev.kaohe.org.internal;

import java.time.Instant;
import java.time.LocalDate;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String employeeNo;
    private String name;
    private Long orgUnitId;
    private Long positionId;
    private Long managerId;
    private Long regionId;
    private LocalDate hireDate;
    private boolean probation;
    @Enumerated(EnumType.STRING)
    private CareerTrack careerTrack;
    @Enumerated(EnumType.STRING)
    private EmployeeStatus status = EmployeeStatus.ACTIVE;
    private LocalDate leaveDate;
    private String email;
    private String phone;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Employee() {
    }

    public Employee(String employeeNo, String name) {
        this.employeeNo = employeeNo;
        this.name = name;
    }

    /** Leaving keeps the record and its history. */
    public void leave(LocalDate on) {
        this.status = EmployeeStatus.LEFT;
        this.leaveDate = on;
    }

    public void reactivate() {
        this.status = EmployeeStatus.ACTIVE;
        this.leaveDate = null;
    }

    public Long getId() { return id; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getOrgUnitId() { return orgUnitId; }
    public void setOrgUnitId(Long orgUnitId) { this.orgUnitId = orgUnitId; }
    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public Long getManagerId() { return managerId; }
    public void setManagerId(Long managerId) { this.managerId = managerId; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
    public boolean isProbation() { return probation; }
    public void setProbation(boolean probation) { this.probation = probation; }
    public CareerTrack getCareerTrack() { return careerTrack; }
    public void setCareerTrack(CareerTrack careerTrack) { this.careerTrack = careerTrack; }
    public EmployeeStatus getStatus() { return status; }
    public LocalDate getLeaveDate() { return leaveDate; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
