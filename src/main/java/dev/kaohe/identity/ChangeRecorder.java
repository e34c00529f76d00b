package dev.kaohe.identity;

/**
 * Where this module writes its audit entries. Implemented by the audit module, so that identity, which the
 * audit trail needs to name its actors, does not depend on it in turn.
 */
public interface ChangeRecorder {

    /** Same contract as the audit trail: call inside the transaction of the change; never pass secrets. */
    void record(String action, String entityType, Object entityId, Object before, Object after);
}
