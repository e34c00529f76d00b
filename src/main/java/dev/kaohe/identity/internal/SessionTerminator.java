package dev.kaohe.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions on every app node (they live in the database) once a change that revokes what they
 * may do has committed: disabled, roles changed, password reset.
 */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    public void endSessionsAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endSessions(username);
                }
            });
        } else {
            endSessions(username);
        }
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
