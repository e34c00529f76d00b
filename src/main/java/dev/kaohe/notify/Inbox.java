package dev.kaohe.notify;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.notify.internal.ChannelStore;
import dev.kaohe.notify.internal.DeliveryStore;
import dev.kaohe.notify.internal.MailClient;
import dev.kaohe.notify.internal.NoticeStore;
import dev.kaohe.notify.internal.NoticeTexts;
import dev.kaohe.notify.internal.Recipients;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.notice.NoticeRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notices in their recipient's inbox (and plans their e-mail and robot messages), and lets a person read
 * and mark their own notices. Read marks are a person's own reading state, not a business record, so they are not
 * written to the audit trail.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final NoticeStore notices;
    private final DeliveryStore deliveries;
    private final ChannelStore channels;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final MailClient mail;
    private final NotifyAccess access;
    private final NotifySettings settings;
    private final Clock clock;

    Inbox(NoticeStore notices, DeliveryStore deliveries, ChannelStore channels, Recipients recipients, NoticeTexts texts,
          MailClient mail, NotifyAccess access, NotifySettings settings, Clock clock) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.channels = channels;
        this.recipients = recipients;
        this.texts = texts;
        this.mail = mail;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores the notice for its recipient unless the same dedup key reached them before, and plans its e-mail and
     * robot messages. Runs in a transaction of its own (after the publisher's committed). Returns the new notice's
     * id, empty for a duplicate or a notice that cannot be delivered (unknown person, malformed event).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Long> record(NoticeRequested event) {
        if (event.kind() == null || !KIND.matcher(event.kind()).matches() || event.messageKey() == null
                || event.messageKey().isBlank() || event.messageKey().length() > 200
                || (event.dedupKey() != null && event.dedupKey().length() > 200)) {
            log.warn("notice dropped: kind {} / key {} is not deliverable", event.kind(), event.messageKey());
            return Optional.empty();
        }
        Optional<Recipients.Recipient> found = recipients.find(event.recipientEmployeeId());
        if (found.isEmpty()) {
            log.warn("notice {} dropped: no employee {}", event.kind(), event.recipientEmployeeId());
            return Optional.empty();
        }
        Recipients.Recipient recipient = found.get();
        String link = safeLink(event.link());
        Optional<Long> id = notices.insert(recipient.employeeId(), event.kind(), event.messageKey(),
                texts.argsJson(event.args()), link, blankToNull(event.dedupKey()), clock.instant());
        id.ifPresent(noticeId -> plan(noticeId, recipient, event, link));
        return id;
    }

    private void plan(long noticeId, Recipients.Recipient recipient, NoticeRequested event, String link) {
        String url = absolute(link);
        if (emailWanted(recipient, event.kind())) {
            Locale locale = NoticeTexts.locale(recipient.language() == null ? settings.defaultLanguage() : recipient.language());
            String text = texts.render(event.messageKey(), event.args(), locale);
            String body = text + (url == null ? "" : "\n\n" + url) + "\n\n— " + texts.message("notify.mail.footer", locale);
            deliveries.plan(noticeId, DeliveryStore.EMAIL, null, recipient.email().strip(),
                    settings.mail().subjectPrefix() + firstLine(text), body);
        }
        for (ChannelStore.Channel channel : channels.all()) {
            if (channel.enabled() && channel.receives(event.kind())) {
                Locale locale = NoticeTexts.locale(channel.language());
                String text = "【" + texts.kindLabel(event.kind(), locale) + "】" + recipient.name() + ": "
                        + texts.render(event.messageKey(), event.args(), locale) + (url == null ? "" : "\n" + url);
                deliveries.plan(noticeId, channel.kind().name(), channel.id(), channel.name(), null, text);
            }
        }
    }

    private boolean emailWanted(Recipients.Recipient recipient, String kind) {
        return settings.mail().enabled() && recipient.active() && recipient.hasEmail()
                && channels.switches().emailEnabled() && !recipients.emailOffKinds(recipient.employeeId()).contains(kind);
    }

    // ---- a person's own inbox ----

    @Transactional(readOnly = true)
    public Page<NoticeView> mine(boolean unreadOnly, Pageable pageable) {
        Long me = me();
        if (me == null) {
            return Page.empty(pageable);
        }
        Locale locale = LocaleContextHolder.getLocale();
        return notices.page(me, unreadOnly, pageable).map(row -> view(row, locale));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        Long me = me();
        return me == null ? 0 : notices.unread(me);
    }

    @Transactional(readOnly = true)
    public NoticeView get(long id) {
        Long me = me();
        return notices.find(id, me == null ? -1 : me).map(row -> view(row, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("notice", id));
    }

    @Transactional
    public NoticeView markRead(long id) {
        Long me = me();
        return notices.markRead(id, me == null ? -1 : me, clock.instant()).map(row -> view(row, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("notice", id));
    }

    @Transactional
    public int markAllRead() {
        Long me = me();
        return me == null ? 0 : notices.markAllRead(me, clock.instant());
    }

    private Long me() {
        CurrentUser user = CurrentUser.get();
        access.requirePerson(user);
        return user.employeeId();
    }

    private NoticeView view(NoticeStore.Row row, Locale locale) {
        var args = texts.args(row.args());
        return new NoticeView(row.id(), row.kind(), texts.kindLabel(row.kind(), locale), texts.render(row.messageKey(), args, locale),
                row.messageKey(), args, row.link(), row.createdAt(), row.readAt());
    }

    /** Only a path inside the app: a notice never sends a person to another site. */
    static String safeLink(String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return null;
        }
        String path = link.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return path;
    }

    private String absolute(String link) {
        String base = settings.baseUrl();
        if (link == null || base == null || base.isBlank()) {
            return null;
        }
        return base.replaceAll("/+$", "") + link;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
