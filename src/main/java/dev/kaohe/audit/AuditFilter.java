package dev.kaohe.audit;

import java.time.LocalDate;

/**
 * What to list of the audit trail; every part optional. Dates are UTC days, both inclusive.
 *
 * @param entityType exact entity type, e.g. {@code employee}
 * @param entityId   exact entity id
 * @param actor      part of the actor's name
 * @param action     start of the action, e.g. {@code account.} for everything about accounts
 */
public record AuditFilter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
