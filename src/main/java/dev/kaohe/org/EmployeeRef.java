package dev.kaohe.org;

/** A short reference to an employee, for reporting chains and lists of reports. */
public record EmployeeRef(long id, String employeeNo, String name, String positionName, String orgUnitName,
                          EmployeeStatus status) {
}
