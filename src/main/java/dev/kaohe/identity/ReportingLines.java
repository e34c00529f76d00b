package dev.kaohe.identity;

/**
 * What access rules need to know about the organisation. Implemented by the org module, so that
 * identity does not depend on it.
 */
public interface ReportingLines {

    /** Whether the employee has anyone reporting to them directly. */
    boolean hasReports(long employeeId);

    /** Whether {@code employeeId} is somewhere below {@code managerEmployeeId} in the reporting tree. */
    boolean isBelow(long managerEmployeeId, long employeeId);
}
