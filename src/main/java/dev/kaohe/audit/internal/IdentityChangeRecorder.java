package dev.kaohe.audit.internal;

import dev.kaohe.audit.AuditTrail;
import dev.kaohe.identity.ChangeRecorder;
import org.springframework.stereotype.Component;

/** Gives the identity module its audit entries without identity depending on this module. */
@Component
class IdentityChangeRecorder implements ChangeRecorder {

    private final AuditTrail trail;

    IdentityChangeRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        trail.record(action, entityType, entityId, before, after);
    }
}
