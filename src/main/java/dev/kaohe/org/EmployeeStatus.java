package dev.kaohe.org;

/** Employees are never deleted once they have history: leaving sets LEFT and a leave date. */
public enum EmployeeStatus {
    ACTIVE, LEFT
}
