package dev.kaohe.cycle;

/**
 * A person assessed in a cycle, bound to a scheme version and to the reviewer who writes the manager
 * assessment (by default the manager of the reporting line when the cycle was created; HR may change it).
 * Names are the current ones.
 */
public record ParticipantView(long id, long cycleId, long employeeId, String employeeNo, String employeeName,
                              long orgUnitId, String orgUnitName, String positionName, Long managerEmployeeId,
                              String schemeCode, int schemeVersion, Long reviewerEmployeeId, String reviewerName,
                              long version) {
}
