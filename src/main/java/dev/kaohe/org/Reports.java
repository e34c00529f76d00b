package dev.kaohe.org;

import java.util.List;

/**
 * Who reports to an employee.
 *
 * @param direct      active direct reports
 * @param subtreeSize active employees anywhere below, direct reports included
 */
public record Reports(List<EmployeeRef> direct, long subtreeSize) {
}
