package dev.kaohe.org;

/** Creating or changing a unit; {@code version} is required when changing. */
public record OrgUnitForm(String code, String name, OrgUnitKind kind, Long parentId, Integer sortOrder, Long version) {

    public static OrgUnitForm of(OrgUnitView unit) {
        return new OrgUnitForm(unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.sortOrder(), unit.version());
    }
}
