package dev.kaohe.intake.aggregation.domain;

/** Whose number a result is: the employee on the record, their team (org unit), or the record's region. */
public enum Grouping {
    EMPLOYEE, ORG_UNIT, REGION
}
