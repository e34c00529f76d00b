package dev.kaohe.org;

/**
 * Search criteria for the employee list; every field is optional.
 *
 * @param q         part of a name or employee no
 * @param orgUnitId the unit, including all its sub-units
 * @param managerId people reporting to this employee: directly, or anywhere below when {@code indirect}
 */
public record EmployeeFilter(String q, Long orgUnitId, Long positionId, Long regionId, EmployeeStatus status,
                             Long managerId, boolean indirect) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null, null, null, false);
    }
}
