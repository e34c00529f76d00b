package dev.kaohe.notify.internal;

import dev.kaohe.notify.Inbox;
import dev.kaohe.platform.notice.NoticeRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes each notice once the publisher's transaction has committed (at once when it was published outside one).
 * Nothing thrown here reaches the publisher: its work is done and stays done; a notice that cannot be stored is
 * logged.
 */
@Component
class NoticeListener {

    private static final Logger log = LoggerFactory.getLogger(NoticeListener.class);

    private final Inbox inbox;
    private final DeliveryWorker worker;

    NoticeListener(Inbox inbox, DeliveryWorker worker) {
        this.inbox = inbox;
        this.worker = worker;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeRequested notice) {
        try {
            if (inbox.record(notice).isPresent()) {
                worker.kick();
            }
        } catch (RuntimeException e) {
            log.error("notice {} to employee {} could not be recorded", notice.kind(), notice.recipientEmployeeId(), e);
        }
    }
}
