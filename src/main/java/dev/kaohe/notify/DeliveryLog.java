package dev.kaohe.notify;

import java.util.List;
import java.util.Locale;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.notify.internal.DeliveryStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The log of e-mails and robot messages: state, tries, last error. HR and admins. */
@Service
public class DeliveryLog {

    public static final List<String> STATUSES = List.of("PENDING", "SENDING", "RETRY", "SENT", "FAILED");
    public static final List<String> CHANNELS = List.of("EMAIL", "DINGTALK", "WECOM", "FEISHU");

    private final DeliveryStore store;
    private final NotifyAccess access;

    DeliveryLog(DeliveryStore store, NotifyAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<DeliveryView> search(String status, String channel, Long noticeId, Pageable pageable) {
        access.requireLogReader(CurrentUser.get());
        return store.search(pick(status, STATUSES), pick(channel, CHANNELS), noticeId, pageable);
    }

    private static String pick(String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(upper) ? upper : null;
    }
}
