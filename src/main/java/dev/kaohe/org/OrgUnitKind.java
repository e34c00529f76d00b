package dev.kaohe.org;

public enum OrgUnitKind {
    COMPANY, DEPARTMENT, TEAM
}
