package dev.kaohe.org;

import java.util.List;

/**
 * A unit in the tree with its sub-units.
 *
 * @param totalEmployees active employees of this unit and all units below it
 */
public record OrgUnitNode(OrgUnitView unit, long totalEmployees, List<OrgUnitNode> children) {
}
