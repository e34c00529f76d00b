package dev.kaohe.org.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;

/**
 * One employee as the sheet describes them: departments, positions and regions by code, the manager by
 * employee number. Also the before/after state written to the audit trail.
 */
record EmployeeValues(String employeeNo, String name, String orgUnit, String position, String managerNo,
                      String region, LocalDate hireDate, boolean probation, CareerTrack careerTrack,
                      EmployeeStatus status, LocalDate leaveDate, String email, String phone) {

    /** The columns whose values differ from {@code before}, in sheet order. */
    List<ImportColumn> differencesFrom(EmployeeValues before) {
        List<ImportColumn> changed = new ArrayList<>();
        compare(changed, ImportColumn.NAME, name, before.name);
        compare(changed, ImportColumn.ORG_UNIT, orgUnit, before.orgUnit);
        compare(changed, ImportColumn.POSITION, position, before.position);
        compare(changed, ImportColumn.MANAGER, managerNo, before.managerNo);
        compare(changed, ImportColumn.REGION, region, before.region);
        compare(changed, ImportColumn.HIRE_DATE, hireDate, before.hireDate);
        compare(changed, ImportColumn.PROBATION, probation, before.probation);
        compare(changed, ImportColumn.CAREER_TRACK, careerTrack, before.careerTrack);
        compare(changed, ImportColumn.STATUS, status, before.status);
        compare(changed, ImportColumn.LEAVE_DATE, leaveDate, before.leaveDate);
        compare(changed, ImportColumn.EMAIL, email, before.email);
        compare(changed, ImportColumn.PHONE, phone, before.phone);
        return changed;
    }

    private static void compare(List<ImportColumn> changed, ImportColumn column, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(column);
        }
    }
}
