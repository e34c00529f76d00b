package dev.kaohe.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.notify.internal.Recipients;
import dev.kaohe.notify.internal.NoticeTexts;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notification settings: the language of their e-mails, and the notice kinds they do not want by
 * e-mail. The inbox always receives everything. Accounts have no language of their own, so it is kept here,
 * per employee (zh-CN until chosen).
 */
@Service
public class Preferences {

    private final NamedParameterJdbcTemplate jdbc;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final NotifyAccess access;
    private final NotifySettings settings;
    private final AuditTrail audit;
    private final Messages messages;

    Preferences(NamedParameterJdbcTemplate jdbc, Recipients recipients, NoticeTexts texts, NotifyAccess access,
                NotifySettings settings, AuditTrail audit, Messages messages) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.texts = texts;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * @param employeeLinked false for accounts without an employee (they have no inbox and nothing to set)
     * @param hasEmail       whether the organisation has an e-mail address for the person
     * @param kinds          the kinds the person has received or switched off, with e-mail on or off
     */
    public record PreferenceView(boolean employeeLinked, String language, boolean hasEmail, List<KindSetting> kinds) {
    }

    public record KindSetting(String kind, String label, boolean email) {
    }

    /** @param emailOff the kinds not to send by e-mail */
    public record PreferenceForm(String language, List<String> emailOff) {
    }

    @Transactional(readOnly = true)
    public PreferenceView mine() {
        CurrentUser user = CurrentUser.get();
        access.requirePerson(user);
        if (user.employeeId() == null) {
            return new PreferenceView(false, settings.defaultLanguage(), false, List.of());
        }
        var recipient = recipients.find(user.employeeId());
        Set<String> off = recipients.emailOffKinds(user.employeeId());
        Set<String> kinds = new TreeSet<>(recipients.receivedKinds(user.employeeId()));
        kinds.addAll(off);
        Locale locale = LocaleContextHolder.getLocale();
        List<KindSetting> settingsList = new ArrayList<>();
        for (String kind : kinds) {
            settingsList.add(new KindSetting(kind, texts.kindLabel(kind, locale), !off.contains(kind)));
        }
        String language = recipient.map(Recipients.Recipient::language).orElse(null);
        return new PreferenceView(true, language == null ? settings.defaultLanguage() : language,
                recipient.map(Recipients.Recipient::hasEmail).orElse(false), settingsList);
    }

    @Transactional
    public PreferenceView update(PreferenceForm form) {
        CurrentUser user = CurrentUser.get();
        access.requirePerson(user);
        if (user.employeeId() == null) {
            throw new InvalidInputException("employee", messages.get("notify.prefs.noEmployee"));
        }
        FormProblems problems = new FormProblems(messages, "notify");
        String language = FormProblems.blankToNull(form.language());
        if (language == null || !Channels.LANGUAGES.contains(language)) {
            problems.add("language", language, "notify.error.language", language);
        }
        List<String> off = form.emailOff() == null ? List.of() : form.emailOff().stream()
                .filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        List<String> bad = off.stream().filter(k -> k.length() > 64 || !k.matches("[A-Za-z0-9_.-]+")).toList();
        if (!bad.isEmpty()) {
            problems.add("emailOff", String.join(",", bad), "notify.error.noticeKinds", String.join(", ", bad));
        }
        problems.throwIfAny();
        PreferenceView before = mine();
        long me = user.employeeId();
        jdbc.update("""
                insert into notify_preference (employee_id, language) values (:me, :language)
                on conflict (employee_id) do update set language = excluded.language, version = notify_preference.version + 1""",
                Map.of("me", me, "language", language));
        jdbc.update("delete from notify_email_off where employee_id = :me", Map.of("me", me));
        for (String kind : off) {
            jdbc.update("insert into notify_email_off (employee_id, kind) values (:me, :kind)",
                    new MapSqlParameterSource("me", me).addValue("kind", kind));
        }
        audit.record("notify.preference.update", "notify_preference", me,
                Map.of("language", before.language(), "emailOff", offKinds(before)), Map.of("language", language, "emailOff", off));
        return mine();
    }

    private static List<String> offKinds(PreferenceView view) {
        return view.kinds().stream().filter(k -> !k.email()).map(KindSetting::kind).toList();
    }
}
