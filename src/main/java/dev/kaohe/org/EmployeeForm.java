package dev.kaohe.org;

import java.time.LocalDate;

/**
 * What a person or a system submits to create or change an employee.
 *
 * @param probation null means not on probation
 * @param version the version the change is based on; required when editing, ignored when creating
 */
public record EmployeeForm(String employeeNo, String name, Long orgUnitId, Long positionId, Long managerId,
                           Long regionId, LocalDate hireDate, Boolean probation, CareerTrack careerTrack,
                           String email, String phone, Long version) {

    public static EmployeeForm of(EmployeeView e) {
        return new EmployeeForm(e.employeeNo(), e.name(), e.orgUnitId(), e.positionId(), e.managerId(), e.regionId(),
                e.hireDate(), e.probation(), e.careerTrack(), e.email(), e.phone(), e.version());
    }
}
