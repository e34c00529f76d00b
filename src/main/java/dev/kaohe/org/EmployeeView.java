package dev.kaohe.org;

import java.time.LocalDate;

/** An employee as shown on pages and the API, with the names of unit, position, manager and region resolved. */
public record EmployeeView(long id, String employeeNo, String name,
                           long orgUnitId, String orgUnitName,
                           long positionId, String positionName, PositionFamily positionFamily,
                           Long managerId, String managerNo, String managerName,
                           Long regionId, String regionName,
                           LocalDate hireDate, boolean probation, CareerTrack careerTrack,
                           EmployeeStatus status, LocalDate leaveDate, String email, String phone, long version) {

    public boolean active() {
        return status == EmployeeStatus.ACTIVE;
    }
}
