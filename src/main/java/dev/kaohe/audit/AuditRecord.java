package dev.kaohe.audit;

import dev.kaohe.platform.audit.AuditTrail;
import java.time.Instant;

/** One stored audit entry with its chain fields, as auditors read it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String entityType,
                          String entityId, String before, String after, String prevHash, String hash) {

    AuditTrail.AuditEntry content() {
        return new AuditTrail.AuditEntry(occurredAt, actor, action, entityType, entityId, before, after);
    }
}
