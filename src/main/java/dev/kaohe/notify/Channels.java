package dev.kaohe.notify;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.notify.internal.ChannelStore;
import dev.kaohe.notify.internal.DeliveryFailure;
import dev.kaohe.notify.internal.DeliveryStore;
import dev.kaohe.notify.internal.MailClient;
import dev.kaohe.notify.internal.NoticeTexts;
import dev.kaohe.notify.internal.RobotClient;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' configuration: the DingTalk / WeCom / Feishu robots, which notice kinds each receives, and the company
 * switch for e-mail. Every change is audited (without the secret, and with the webhook address masked, since both
 * grant posting to the group).
 */
@Service
public class Channels {

    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final Pattern KIND_PATTERN = Pattern.compile("\\*|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(\\.\\*)?");

    private final ChannelStore store;
    private final DeliveryStore deliveries;
    private final RobotClient robots;
    private final MailClient mail;
    private final NoticeTexts texts;
    private final NotifyAccess access;
    private final AuditTrail audit;
    private final Messages messages;

    Channels(ChannelStore store, DeliveryStore deliveries, RobotClient robots, MailClient mail, NoticeTexts texts,
             NotifyAccess access, AuditTrail audit, Messages messages) {
        this.store = store;
        this.deliveries = deliveries;
        this.robots = robots;
        this.mail = mail;
        this.texts = texts;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<ChannelView> list() {
        access.requireConfigurer(CurrentUser.get());
        return store.all().stream().map(Channels::view).toList();
    }

    @Transactional(readOnly = true)
    public ChannelView get(long id) {
        access.requireConfigurer(CurrentUser.get());
        return store.find(id).map(Channels::view).orElseThrow(() -> new NotFoundException("channel", id));
    }

    @Transactional
    public ChannelView create(ChannelForm form) {
        access.requireConfigurer(CurrentUser.get());
        ChannelStore.Channel checked = check(form, null);
        long id = store.insert(checked);
        ChannelView created = get(id);
        audit.record("notify.channel.create", "notify_channel", id, null, snapshot(created));
        return created;
    }

    @Transactional
    public ChannelView update(long id, ChannelForm form) {
        access.requireConfigurer(CurrentUser.get());
        ChannelStore.Channel current = store.findForUpdate(id).orElseThrow(() -> new NotFoundException("channel", id));
        FormProblems problems = new FormProblems(messages, "notify");
        problems.requireVersion(current.version(), form.version());
        ChannelStore.Channel checked = check(form, current);
        if (!store.update(checked)) {
            throw new ConflictException(messages.get("notify.error.stale", current.version()));
        }
        ChannelView updated = get(id);
        audit.record("notify.channel.update", "notify_channel", id, snapshot(view(current)), snapshot(updated));
        return updated;
    }

    @Transactional
    public ChannelView delete(long id, Long version) {
        access.requireConfigurer(CurrentUser.get());
        ChannelStore.Channel current = store.findForUpdate(id).orElseThrow(() -> new NotFoundException("channel", id));
        new FormProblems(messages, "notify").requireVersion(current.version(), version);
        store.delete(id, current.version());
        audit.record("notify.channel.delete", "notify_channel", id, snapshot(view(current)), null);
        return view(current);
    }

    /** Sends a test message at once and logs it; returns null when the robot took it, else the reason. */
    @Transactional
    public String testSend(long id) {
        CurrentUser user = CurrentUser.get();
        access.requireConfigurer(user);
        ChannelStore.Channel channel = store.find(id).orElseThrow(() -> new NotFoundException("channel", id));
        Locale locale = NoticeTexts.locale(channel.language());
        String text = texts.message("notify.test.text", locale, user.displayName());
        String error = null;
        try {
            robots.send(channel.kind(), channel.webhookUrl(), channel.secret(), text);
        } catch (DeliveryFailure e) {
            error = e.getMessage();
        }
        long logged = deliveries.logImmediate(channel.kind().name(), channel.id(), channel.name(), text, error);
        audit.record("notify.channel.test", "notify_channel", id, null, Map.of("delivery", logged, "ok", error == null));
        return error;
    }

    @Transactional(readOnly = true)
    public Switches switches() {
        access.requireConfigurer(CurrentUser.get());
        ChannelStore.Switches switches = store.switches();
        return new Switches(switches.emailEnabled(), mail.configured(), switches.version());
    }

    @Transactional
    public Switches setEmail(boolean enabled, Long version) {
        access.requireConfigurer(CurrentUser.get());
        ChannelStore.Switches current = store.switches();
        new FormProblems(messages, "notify").requireVersion(current.version(), version);
        if (!store.updateSwitches(enabled, current.version())) {
            throw new ConflictException(messages.get("notify.error.stale", current.version()));
        }
        audit.record("notify.switch.email", "notify_switch", 1, Map.of("emailEnabled", current.emailEnabled()),
                Map.of("emailEnabled", enabled));
        return switches();
    }

    /**
     * @param emailEnabled    the company switch (admins)
     * @param emailConfigured whether this installation has an SMTP server and {@code kaohe.notify.mail.enabled}
     */
    public record Switches(boolean emailEnabled, boolean emailConfigured, long version) {
    }

    private ChannelStore.Channel check(ChannelForm form, ChannelStore.Channel current) {
        FormProblems problems = new FormProblems(messages, "notify");
        String name = problems.text("name", form.name(), 100, true);
        if (name != null && store.nameTaken(name, current == null ? null : current.id())) {
            problems.add("name", name, "notify.error.nameTaken", name);
        }
        ChannelKind kind = null;
        if (form.kind() == null || form.kind().isBlank()) {
            problems.add("kind", null, "notify.error.required", problems.label("kind"));
        } else {
            try {
                kind = ChannelKind.valueOf(form.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("kind", form.kind(), "notify.error.kind", form.kind());
            }
        }
        String url = problems.text("webhookUrl", form.webhookUrl(), 1000, true);
        if (url != null && !validUrl(url)) {
            problems.add("webhookUrl", url, "notify.error.url");
        }
        String secret = FormProblems.blankToNull(form.secret());
        if (secret == null && current != null && !form.clearSecret()) {
            secret = current.secret();
        }
        if (form.clearSecret() && FormProblems.blankToNull(form.secret()) == null) {
            secret = null;
        }
        if (secret != null && secret.length() > 200) {
            problems.add("secret", null, "notify.error.tooLong", problems.label("secret"), 200);
        }
        if (secret != null && kind == ChannelKind.WECOM) {
            problems.add("secret", null, "notify.error.wecomSecret");
        }
        List<String> kinds = kinds(form.noticeKinds());
        if (kinds.isEmpty()) {
            problems.add("noticeKinds", null, "notify.error.required", problems.label("noticeKinds"));
        }
        List<String> bad = kinds.stream().filter(k -> k.length() > 64 || !KIND_PATTERN.matcher(k).matches()).toList();
        if (!bad.isEmpty()) {
            problems.add("noticeKinds", String.join(",", bad), "notify.error.noticeKinds", String.join(", ", bad));
        }
        if (String.join(",", kinds).length() > 1000) {
            problems.add("noticeKinds", null, "notify.error.tooLong", problems.label("noticeKinds"), 1000);
        }
        String language = form.language() == null || form.language().isBlank() ? LANGUAGES.get(0) : form.language().strip();
        if (!LANGUAGES.contains(language)) {
            problems.add("language", language, "notify.error.language", language);
        }
        problems.throwIfAny();
        return new ChannelStore.Channel(current == null ? 0 : current.id(), name, kind, url, secret, kinds, language,
                form.enabled(), current == null ? 0 : current.version());
    }

    static List<String> kinds(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : text.split("[,，;；\\s]+")) {
            if (!part.isBlank()) {
                kinds.add(part.strip());
            }
        }
        return new ArrayList<>(kinds);
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }

    static ChannelView view(ChannelStore.Channel c) {
        return new ChannelView(c.id(), c.name(), c.kind(), c.webhookUrl(), mask(c.webhookUrl()), c.secret() != null,
                c.noticeKinds(), c.language(), c.enabled(), c.version());
    }

    /** The webhook address without the token that lets anyone post to the group: host and path start only. */
    static String mask(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String shown = path.length() > 12 ? path.substring(0, 12) + "…" : path;
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + shown
                    + (uri.getQuery() != null ? "?…" : "");
        } catch (Exception e) {
            return "…";
        }
    }

    private static Map<String, Object> snapshot(ChannelView v) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", v.name());
        snapshot.put("kind", v.kind().name());
        snapshot.put("webhook", v.maskedUrl());
        snapshot.put("signed", v.hasSecret());
        snapshot.put("noticeKinds", v.noticeKinds());
        snapshot.put("language", v.language());
        snapshot.put("enabled", v.enabled());
        return snapshot;
    }
}
