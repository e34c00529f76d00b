package dev.kaohe.org;

/**
 * A department, team or the company.
 *
 * @param activeEmployees active employees placed directly in this unit
 */
public record OrgUnitView(long id, String code, String name, OrgUnitKind kind, Long parentId, String parentName,
                          boolean active, int sortOrder, long activeEmployees, long version) {
}
