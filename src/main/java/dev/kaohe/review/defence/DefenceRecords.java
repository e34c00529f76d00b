package dev.kaohe.review.defence;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.ReportingLines;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly review defence records (述职答辩, R102) and their library. The participant writes (draft, submit); their
 * reviewer and the managers above them read and comment; submitted records form a library searchable over the
 * answers, read by HR, executives, auditors and admins, and by managers and employees as {@link DefenceSettings} says.
 */
@Service
public class DefenceRecords {

    private static final int MAX_TEXT = 4000;

    private final DefenceStore store;
    private final CycleDirectory cycles;
    private final AccessPolicy access;
    private final ReportingLines lines;
    private final DefenceSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    DefenceRecords(DefenceStore store, CycleDirectory cycles, AccessPolicy access, ReportingLines lines,
                   DefenceSettings settings, AuditTrail audit, Messages messages, Clock clock) {
        this.store = store;
        this.cycles = cycles;
        this.access = access;
        this.lines = lines;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** One participant's record; a participant who has not started gets an empty one to fill in. */
    @Transactional(readOnly = true)
    public DefenceView get(long participantId) {
        CurrentUser user = person();
        ParticipantView participant = participant(participantId);
        DefenceView record = store.byParticipant(participantId).orElse(null);
        boolean owner = user.isEmployee(participant.employeeId());
        boolean manager = manages(user, participant);
        boolean inReach = owner || manager || access.canSee(user, participant.employeeId());
        if (!inReach && !(record != null && record.status() == DefenceStatus.SUBMITTED && companyWide(user))) {
            throw new NotFoundException("defence", participantId);
        }
        if (record == null) {
            CycleView cycle = quarterly(participant);
            return new DefenceView(null, cycle.id(), cycle.name(), cycle.periodLabel(), participantId, participant.employeeId(),
                    participant.employeeName(), participant.orgUnitId(), participant.orgUnitName(), null, null, null, null,
                    null, null, null, null, DefenceStatus.NOT_STARTED, null, null, 0, owner, false);
        }
        return record.withRights(owner && record.status() == DefenceStatus.DRAFT,
                manager && record.status() == DefenceStatus.SUBMITTED);
    }

    @Transactional
    public DefenceView save(long participantId, DefenceForm form) {
        return write(participantId, form, false);
    }

    /** Submits; a second submit of a submitted record answers it unchanged. */
    @Transactional
    public DefenceView submit(long participantId, DefenceForm form) {
        return write(participantId, form, true);
    }

    @Transactional
    public DefenceView comment(long participantId, DefenceComment comment) {
        CurrentUser user = person();
        ParticipantView participant = participant(participantId);
        DefenceView record = store.byParticipant(participantId).orElse(null);
        if (!manages(user, participant)) {
            if (user.isEmployee(participant.employeeId()) || access.canSee(user, participant.employeeId())) {
                throw new AccessDeniedException("the participant's managers comment");
            }
            throw new NotFoundException("defence", participantId);
        }
        if (record == null || record.status() != DefenceStatus.SUBMITTED) {
            throw new ConflictException(messages.get("defence.error.notSubmitted"));
        }
        FormProblems problems = new FormProblems(messages, "defence");
        String text = problems.text("managerComment", comment.comment(), MAX_TEXT, true);
        if (comment.version() == null) {
            problems.add("version", null, "defence.error.required", "version");
        }
        problems.throwIfAny();
        if (store.comment(record.id(), comment.version(), text, user.username(), clock.instant()) == 0) {
            throw new ConflictException(messages.get("defence.error.stale"));
        }
        audit.record("defence.comment", "review_defence", record.id(), Map.of("comment", String.valueOf(record.managerComment())),
                Map.of("comment", text));
        return get(participantId);
    }

    @Transactional(readOnly = true)
    public Page<DefenceView> search(DefenceFilter filter, Pageable pageable) {
        CurrentUser user = person();
        return store.search(filter == null ? DefenceFilter.none() : filter, scope(user), pageable);
    }

    /** The library's matching records as .xlsx (at most the configured number of rows). */
    @Transactional(readOnly = true)
    public void export(DefenceFilter filter, OutputStream out) throws IOException {
        List<DefenceView> rows = search(filter, PageRequest.of(0, settings.exportMaxRows())).getContent();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.get("defence.library.title"));
            String[] headers = {"defence.field.cycle", "defence.field.employee", "defence.field.department", "defence.field.obstacle",
                    "defence.field.missedTarget", "defence.field.channelMix", "defence.field.customerTiering",
                    "defence.field.lessons", "defence.field.managerComment", "defence.field.submittedAt"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                SheetCells.text(head, c, messages.get(headers[c]));
            }
            int r = 1;
            for (DefenceView d : rows) {
                Row row = sheet.createRow(r++);
                SheetCells.text(row, 0, d.periodLabel() + " " + d.cycleName());
                SheetCells.text(row, 1, d.employeeName());
                SheetCells.text(row, 2, d.orgUnitName());
                SheetCells.text(row, 3, d.obstacle() == null ? null : messages.get("defence.obstacle." + d.obstacle().name()));
                SheetCells.text(row, 4, d.missedTarget());
                SheetCells.text(row, 5, d.channelMix());
                SheetCells.text(row, 6, d.customerTiering());
                SheetCells.text(row, 7, d.lessons());
                SheetCells.text(row, 8, d.managerComment());
                SheetCells.text(row, 9, d.submittedAt() == null ? null
                        : d.submittedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString());
            }
            book.write(out);
        }
    }

    /** Whether the caller reads more of the library than their own records (for the page's wording). */
    public boolean readsCompanyWide() {
        CurrentUser user = person();
        return libraryReader(user) || companyWide(user);
    }

    // --- helpers

    private DefenceView write(long participantId, DefenceForm form, boolean submit) {
        CurrentUser user = person();
        ParticipantView participant = participant(participantId);
        if (!user.isEmployee(participant.employeeId())) {
            if (manages(user, participant) || access.canSee(user, participant.employeeId())) {
                throw new AccessDeniedException("the participant writes their own defence record");
            }
            throw new NotFoundException("defence", participantId);
        }
        CycleView cycle = quarterly(participant);
        DefenceView record = store.byParticipant(participantId).orElse(null);
        if (record != null && record.status() == DefenceStatus.SUBMITTED) {
            if (submit) {
                return get(participantId);
            }
            throw new ConflictException(messages.get("defence.error.submitted"));
        }
        FormProblems problems = new FormProblems(messages, "defence");
        DefenceForm clean = new DefenceForm(form.obstacle(),
                answer(problems, "missedTarget", form.missedTarget(), submit),
                answer(problems, "channelMix", form.channelMix(), submit),
                answer(problems, "customerTiering", form.customerTiering(), submit),
                answer(problems, "lessons", form.lessons(), submit), form.version());
        if (submit) {
            problems.required("obstacle", form.obstacle());
        }
        if (record != null && form.version() == null) {
            problems.add("version", null, "defence.error.required", "version");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        DefenceStatus status = submit ? DefenceStatus.SUBMITTED : DefenceStatus.DRAFT;
        long id;
        if (record == null) {
            id = store.insert(cycle.id(), participantId, participant.employeeId(), participant.orgUnitId(), clean, status, now);
        } else {
            if (record.version() != form.version() || store.update(record.id(), form.version(), clean, status, now) == 0) {
                throw new ConflictException(messages.get("defence.error.stale"));
            }
            id = record.id();
        }
        audit.record(submit ? "defence.submit" : "defence.draft", "review_defence", id,
                record == null ? null : state(record), state(clean, status));
        return get(participantId);
    }

    private String answer(FormProblems problems, String field, String value, boolean submit) {
        String text = problems.text(field, value, MAX_TEXT, submit);
        if (submit && text != null && text.length() < settings.minAnswerLength()) {
            problems.add(field, text, "defence.error.tooShort", problems.label(field), settings.minAnswerLength());
        }
        return text;
    }

    private CycleView quarterly(ParticipantView participant) {
        CycleView cycle = cycles.cycle(participant.cycleId()).orElseThrow();
        if (cycle.type() != CycleType.QUARTERLY) {
            throw new InvalidInputException(List.of(new FieldProblem("participantId", String.valueOf(participant.id()),
                    messages.get("defence.error.quarterlyOnly"))));
        }
        return cycle;
    }

    private CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("review defence is for people, not integration tokens");
        }
        return user;
    }

    private ParticipantView participant(long participantId) {
        return cycles.participant(participantId).orElseThrow(() -> new NotFoundException("participant", participantId));
    }

    /** The participant's reviewer or a manager above them. */
    private boolean manages(CurrentUser user, ParticipantView participant) {
        Long me = user.employeeId();
        return me != null && me != participant.employeeId()
                && (me.equals(participant.reviewerEmployeeId()) || lines.isBelow(me, participant.employeeId()));
    }

    private static boolean libraryReader(CurrentUser user) {
        return user.hasAny(Role.HR, Role.EXECUTIVE, Role.AUDITOR, Role.ADMIN);
    }

    private boolean companyWide(CurrentUser user) {
        return libraryReader(user) || (user.has(Role.MANAGER) && settings.companyWideForManagers())
                || (user.employeeId() != null && settings.companyWideForEmployees());
    }

    private DefenceStore.Scope scope(CurrentUser user) {
        if (companyWide(user)) {
            return new DefenceStore.Scope(true, user.employeeId(), null);
        }
        return new DefenceStore.Scope(false, user.employeeId(), user.has(Role.MANAGER) ? user.employeeId() : null);
    }

    private static Map<String, Object> state(DefenceView v) {
        return state(new DefenceForm(v.obstacle(), v.missedTarget(), v.channelMix(), v.customerTiering(), v.lessons(), v.version()),
                v.status());
    }

    private static Map<String, Object> state(DefenceForm f, DefenceStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.name());
        out.put("obstacle", f.obstacle() == null ? null : f.obstacle().name());
        out.put("missedTarget", f.missedTarget());
        out.put("channelMix", f.channelMix());
        out.put("customerTiering", f.customerTiering());
        out.put("lessons", f.lessons());
        return out;
    }
}
