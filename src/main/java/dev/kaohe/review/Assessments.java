package dev.kaohe.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.indicator.Indicators;
import dev.kaohe.intake.ActualLookup;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.review.internal.AttachmentStore;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.internal.ReviewForm;
import dev.kaohe.review.internal.ReviewFormRepository;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.Simulations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self and manager assessments: reading a participant's form within reach, saving drafts, submitting (twice is the
 * same as once), the reviewer's signature, reopening by HR with a reason, and evidence files. The phase of the cycle
 * gates what can be written: the self-assessment in SELF_ASSESSMENT, the manager assessment in MANAGER_ASSESSMENT, a
 * reopened form until calibration is locked. Every write is audited; an edit based on a stale version answers 409.
 */
@Service
public class Assessments {

    private final CycleDirectory directory;
    private final Cycles cycles;
    private final Simulations simulations;
    private final ActualLookup actuals;
    private final Indicators indicators;
    private final ReviewFormRepository forms;
    private final AttachmentStore attachments;
    private final ResultStore results;
    private final ReviewAccess access;
    private final ReviewSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    Assessments(CycleDirectory directory, Cycles cycles, Simulations simulations, ActualLookup actuals, Indicators indicators,
                ReviewFormRepository forms, AttachmentStore attachments, ResultStore results, ReviewAccess access,
                ReviewSettings settings, AuditTrail audit, Messages messages, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.directory = directory;
        this.cycles = cycles;
        this.simulations = simulations;
        this.actuals = actuals;
        this.indicators = indicators;
        this.forms = forms;
        this.attachments = attachments;
        this.results = results;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    // --- reading

    /** The caller's own assessments and those they review, newest cycles first. */
    @Transactional(readOnly = true)
    public MyAssessments mine() {
        CurrentUser user = access.person();
        List<MyAssessments.Task> own = new ArrayList<>();
        List<MyAssessments.Task> review = new ArrayList<>();
        if (user.employeeId() == null) {
            return new MyAssessments(own, review);
        }
        Set<Long> cycleIds = new java.util.LinkedHashSet<>();
        List<ParticipantView> mine = cycles.myParticipations();
        mine.forEach(p -> cycleIds.add(p.cycleId()));
        for (ParticipantView p : mine) {
            directory.cycle(p.cycleId()).ifPresent(c -> own.add(task(c, p, true)));
        }
        for (Long cycleId : results.cyclesReviewedBy(user.employeeId())) {
            CycleView cycle = directory.cycle(cycleId).orElse(null);
            if (cycle == null) {
                continue;
            }
            for (ParticipantView p : directory.reviewedBy(cycleId, user.employeeId())) {
                review.add(task(cycle, p, false));
            }
        }
        return new MyAssessments(own, review);
    }

    private MyAssessments.Task task(CycleView cycle, ParticipantView p, boolean asAssessee) {
        Optional<ReviewForm> self = forms.findByParticipantIdAndKind(p.id(), ReviewForm.Kind.SELF);
        Optional<ReviewForm> manager = forms.findByParticipantIdAndKind(p.id(), ReviewForm.Kind.MANAGER);
        boolean todo = asAssessee
                ? cycle.phase() == CyclePhase.SELF_ASSESSMENT && self.map(f -> !f.isSubmitted()).orElse(true)
                        || self.map(ReviewForm::isReopened).orElse(false)
                : cycle.phase() == CyclePhase.MANAGER_ASSESSMENT && manager.map(f -> !f.isSubmitted()).orElse(true)
                        || manager.map(ReviewForm::isReopened).orElse(false);
        return new MyAssessments.Task(cycle.id(), cycle.name(), cycle.periodLabel(), cycle.phase(), cycle.phaseDeadline(),
                p.employeeId(), p.employeeName(), self.map(f -> f.getStatus().name()).orElse(null),
                manager.map(f -> f.getStatus().name()).orElse(null), todo, results.calibration(cycle.id()).published());
    }

    /** One participant's form as the caller may see it; 404 when out of reach. */
    @Transactional(readOnly = true)
    public AssessmentView get(long cycleId, long employeeId) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        return view(user, ctx, access.viewer(user, ctx.participant()));
    }

    // --- writing

    /**
     * Saves the self-assessment as a draft, or submits it ({@code submit}); submitting a submitted form changes nothing,
     * also when two submissions of the same content cross (a double click, two tabs): the one that loses the race
     * answers the form the other submitted.
     */
    public AssessmentView saveSelf(long cycleId, long employeeId, SelfForm form, boolean submit) {
        try {
            return writing.execute(tx -> writeSelf(cycleId, employeeId, form, submit));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            if (!submit) {
                throw e;
            }
            return reading.execute(tx -> submittedAlike(cycleId, employeeId, ReviewForm.Kind.SELF, form.items(), null))
                    .orElseThrow(() -> e);
        }
    }

    private AssessmentView writeSelf(long cycleId, long employeeId, SelfForm form, boolean submit) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        AssessmentView.Viewer viewer = access.viewer(user, ctx.participant());
        if (viewer != AssessmentView.Viewer.ASSESSEE) {
            throw new AccessDeniedException("only the assessee writes the self-assessment");
        }
        ReviewForm existing = forms.findByParticipantIdAndKind(ctx.participant().id(), ReviewForm.Kind.SELF).orElse(null);
        if (existing != null && existing.isSubmitted()) {
            if (submit) {
                return view(user, ctx, viewer);
            }
            throw new ConflictException(messages.get("review.error.submitted"));
        }
        requireWritable(ctx, existing, CyclePhase.SELF_ASSESSMENT);
        requireVersion(existing, form.version());
        FormProblems problems = new FormProblems(messages, "review");
        Map<String, ItemInput> items = items(ctx, form.items(), submit, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        ReviewForm f = existing != null ? existing
                : new ReviewForm(ctx.participant().id(), cycleId, employeeId, ReviewForm.Kind.SELF, user.username(), now);
        Map<String, Object> before = state(existing);
        apply(f, items);
        f.edited(user.username(), now);
        if (submit) {
            f.submit(user.username(), now);
        }
        save(f);
        if (submit) {
            events.publishEvent(new FormSubmitted(cycleId, ctx.participant().id(), FormKind.SELF));
        }
        AssessmentView saved = view(user, ctx, viewer);
        // last: appends to the audit chain are serialised until commit, so the view is not built while holding it
        audit.record(submit ? "review.self.submit" : "review.self.save", "review_form", f.getId(), before, state(f));
        return saved;
    }

    /**
     * Saves the manager assessment as a draft, or submits it with the reviewer's signature (their name as the cycle
     * knows it); submitting a submitted form changes nothing, also when two submissions of the same content cross.
     */
    public AssessmentView saveManager(long cycleId, long employeeId, ManagerForm form, boolean submit) {
        try {
            return writing.execute(tx -> writeManager(cycleId, employeeId, form, submit));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            if (!submit) {
                throw e;
            }
            return reading.execute(tx -> submittedAlike(cycleId, employeeId, ReviewForm.Kind.MANAGER, form.items(), form))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * After a submission lost a race: the form as the caller may see it, when it is now submitted with what they sent
     * (scores, notes and, for the manager assessment, strengths, gaps and signature); empty otherwise (a real conflict).
     */
    private Optional<AssessmentView> submittedAlike(long cycleId, long employeeId, ReviewForm.Kind kind, List<ItemInput> sent,
                                                    ManagerForm manager) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        AssessmentView.Viewer viewer = access.viewer(user, ctx.participant());
        ReviewForm f = forms.findByParticipantIdAndKind(ctx.participant().id(), kind).orElse(null);
        if (f == null || !f.isSubmitted()) {
            return Optional.empty();
        }
        FormProblems problems = new FormProblems(messages, "review");
        Map<String, ItemInput> items = items(ctx, sent == null ? List.of() : sent, true, problems);
        if (!problems.isEmpty() || !items.keySet().equals(f.getItems().keySet())) {
            return Optional.empty();
        }
        for (ItemInput in : items.values()) {
            ReviewForm.Entry e = f.getItems().get(in.code());
            boolean sameScore = in.score() == null ? e.getScore() == null : e.getScore() != null && in.score().compareTo(e.getScore()) == 0;
            if (!sameScore || !java.util.Objects.equals(in.note(), e.getNote())) {
                return Optional.empty();
            }
        }
        if (manager != null && !(java.util.Objects.equals(FormProblems.blankToNull(manager.strengths()), f.getStrengths())
                && java.util.Objects.equals(FormProblems.blankToNull(manager.gaps()), f.getGaps())
                && java.util.Objects.equals(FormProblems.blankToNull(manager.signature()), f.getSignatureName()))) {
            return Optional.empty();
        }
        return Optional.of(view(user, ctx, viewer));
    }

    private AssessmentView writeManager(long cycleId, long employeeId, ManagerForm form, boolean submit) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        AssessmentView.Viewer viewer = access.viewer(user, ctx.participant());
        if (viewer != AssessmentView.Viewer.REVIEWER) {
            throw new AccessDeniedException("only the participant's reviewer writes the manager assessment");
        }
        ReviewForm existing = forms.findByParticipantIdAndKind(ctx.participant().id(), ReviewForm.Kind.MANAGER).orElse(null);
        if (existing != null && existing.isSubmitted()) {
            if (submit) {
                return view(user, ctx, viewer);
            }
            throw new ConflictException(messages.get("review.error.submitted"));
        }
        requireWritable(ctx, existing, CyclePhase.MANAGER_ASSESSMENT);
        requireVersion(existing, form.version());
        FormProblems problems = new FormProblems(messages, "review");
        Map<String, ItemInput> items = items(ctx, form.items(), submit, problems);
        String strengths = problems.text("strengths", form.strengths(), settings.noteMaxLength(), submit);
        String gaps = problems.text("gaps", form.gaps(), settings.noteMaxLength(), submit);
        String signature = FormProblems.blankToNull(form.signature());
        if (submit) {
            if (signature == null) {
                problems.add("signature", null, "review.error.signatureRequired");
            } else if (!signature.equalsIgnoreCase(ctx.participant().reviewerName() == null ? "" : ctx.participant().reviewerName().strip())) {
                problems.add("signature", signature, "review.error.signatureName", ctx.participant().reviewerName());
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        ReviewForm f = existing != null ? existing
                : new ReviewForm(ctx.participant().id(), cycleId, employeeId, ReviewForm.Kind.MANAGER, user.username(), now);
        Map<String, Object> before = state(existing);
        apply(f, items);
        f.setStrengths(strengths);
        f.setGaps(gaps);
        f.edited(user.username(), now);
        if (submit) {
            f.sign(signature, now);
            f.submit(user.username(), now);
        }
        save(f);
        if (submit) {
            events.publishEvent(new FormSubmitted(cycleId, ctx.participant().id(), FormKind.MANAGER));
        }
        AssessmentView saved = view(user, ctx, viewer);
        // last: appends to the audit chain are serialised until commit, so the view is not built while holding it
        audit.record(submit ? "review.manager.submit" : "review.manager.save", "review_form", f.getId(), before, state(f));
        return saved;
    }

    /** HR reopens a submitted form with a reason; it may then be edited again until calibration is locked. */
    @Transactional
    public AssessmentView reopen(long cycleId, long employeeId, FormKind kind, ReopenForm form) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        AssessmentView.Viewer viewer = access.viewer(user, ctx.participant());
        access.requireManage(user);
        FormProblems problems = new FormProblems(messages, "review");
        String reason = problems.text("reason", form == null ? null : form.reason(), 500, true);
        problems.throwIfAny();
        ReviewForm f = forms.findByParticipantIdAndKind(ctx.participant().id(), ReviewForm.Kind.valueOf(kind.name()))
                .orElseThrow(() -> new ConflictException(messages.get("review.error.notSubmitted")));
        if (!f.isSubmitted()) {
            throw new ConflictException(messages.get("review.error.notSubmitted"));
        }
        if (results.calibration(cycleId).locked()) {
            throw new ConflictException(messages.get("review.error.locked"));
        }
        Map<String, Object> before = state(f);
        f.reopen(user.username(), clock.instant());
        save(f);
        Map<String, Object> after = new TreeMap<>(state(f));
        after.put("reason", reason);
        audit.record("review." + kind.name().toLowerCase(Locale.ROOT) + ".reopen", "review_form", f.getId(), before, after);
        return view(user, ctx, viewer);
    }

    // --- evidence files

    @Transactional
    public AttachmentView attach(long cycleId, long employeeId, String itemCode, String fileName, String contentType, byte[] content) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        if (access.viewer(user, ctx.participant()) != AssessmentView.Viewer.ASSESSEE) {
            throw new AccessDeniedException("only the assessee adds evidence");
        }
        ReviewForm existing = forms.findByParticipantIdAndKind(ctx.participant().id(), ReviewForm.Kind.SELF).orElse(null);
        if (existing != null && existing.isSubmitted()) {
            throw new ConflictException(messages.get("review.error.submitted"));
        }
        requireWritable(ctx, existing, CyclePhase.SELF_ASSESSMENT);
        FormProblems problems = new FormProblems(messages, "review");
        String name = FormProblems.blankToNull(fileName);
        String code = FormProblems.blankToNull(itemCode);
        if (name == null || content == null || content.length == 0) {
            problems.add("file", name, "review.error.fileEmpty");
        } else {
            name = name.replaceAll("[\\\\/]", "_");
            if (name.length() > 200) {
                name = name.substring(name.length() - 200);
            }
            int dot = name.lastIndexOf('.');
            String ending = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!settings.attachmentTypes().contains(ending)) {
                problems.add("file", name, "review.error.fileType", name, String.join(", ", settings.attachmentTypes()));
            } else if (!EvidenceFiles.contentMatches(ending, content)) {
                problems.add("file", name, "review.error.fileContent", name, ending);
            }
            if (content.length > settings.attachmentMaxSize().toBytes()) {
                problems.add("file", name, "review.error.fileSize", name, settings.attachmentMaxSize().toMegabytes());
            }
        }
        if (code != null && ctx.rows().stream().noneMatch(r -> r.item().code().equals(code))) {
            problems.add("itemCode", code, "review.error.itemUnknown", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        ReviewForm f = existing;
        if (f == null) {
            f = new ReviewForm(ctx.participant().id(), cycleId, employeeId, ReviewForm.Kind.SELF, user.username(), now);
            save(f);
        }
        if (attachments.count(f.getId()) >= settings.attachmentsPerForm()) {
            throw new dev.kaohe.platform.InvalidInputException("file", messages.get("review.error.fileCount", settings.attachmentsPerForm(), name));
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        long id = attachments.add(f.getId(), code, name, type.length() > 100 ? "application/octet-stream" : type, content,
                user.username(), now);
        audit.record("review.evidence.add", "review_form", f.getId(), null,
                Map.of("attachment", id, "file", name, "size", content.length, "item", String.valueOf(code)));
        return attachments.meta(id).map(Assessments::attachmentView).orElseThrow();
    }

    /** An evidence file's content, for whoever may read the self-assessment. */
    @Transactional(readOnly = true)
    public Download attachment(long cycleId, long employeeId, long attachmentId) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        AssessmentView.Viewer viewer = access.viewer(user, ctx.participant());
        AttachmentStore.Meta meta = ownAttachment(ctx, attachmentId);
        // the same gate as the form's file list: a file not listed to the caller is not there for them
        ReviewForm self = forms.findById(meta.formId()).orElseThrow();
        boolean managerSubmitted = forms.findByParticipantIdAndKind(ctx.participant().id(), ReviewForm.Kind.MANAGER)
                .map(ReviewForm::isSubmitted).orElse(false);
        if (selfShown(settings, viewer, self.isSubmitted(), managerSubmitted) == SelfShown.NOTHING) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new Download(meta.fileName(), meta.contentType(), attachments.content(attachmentId));
    }

    @Transactional
    public void deleteAttachment(long cycleId, long employeeId, long attachmentId) {
        CurrentUser user = access.person();
        Context ctx = context(cycleId, employeeId);
        if (access.viewer(user, ctx.participant()) != AssessmentView.Viewer.ASSESSEE) {
            throw new AccessDeniedException("only the assessee removes evidence");
        }
        AttachmentStore.Meta meta = ownAttachment(ctx, attachmentId);
        ReviewForm f = forms.findById(meta.formId()).orElseThrow();
        if (f.isSubmitted()) {
            throw new ConflictException(messages.get("review.error.submitted"));
        }
        requireWritable(ctx, f, CyclePhase.SELF_ASSESSMENT);
        attachments.delete(attachmentId);
        audit.record("review.evidence.delete", "review_form", f.getId(), Map.of("attachment", attachmentId, "file", meta.fileName()), null);
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private AttachmentStore.Meta ownAttachment(Context ctx, long attachmentId) {
        AttachmentStore.Meta meta = attachments.meta(attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        ReviewForm f = forms.findById(meta.formId()).orElseThrow();
        if (f.getParticipantId() != ctx.participant().id()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return meta;
    }

    // --- helpers

    record Context(CycleView cycle, ParticipantView participant, SchemeSpec spec, List<SchemeItems.Row> rows) {
    }

    Context context(long cycleId, long employeeId) {
        CycleView cycle = directory.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        ParticipantView p = directory.participant(cycleId, employeeId)
                .orElseThrow(() -> new NotFoundException("assessment", cycleId + "/" + employeeId));
        SchemeSpec spec = simulations.resolve(p.schemeCode(), p.schemeVersion());
        return new Context(cycle, p, spec, SchemeItems.rows(spec));
    }

    private void requireWritable(Context ctx, ReviewForm form, CyclePhase phase) {
        CyclePhase now = ctx.cycle().phase();
        boolean reopened = form != null && form.isReopened();
        if (now == phase) {
            return;
        }
        if (reopened && now.isBefore(CyclePhase.PUBLICATION) && !results.calibration(ctx.cycle().id()).locked()) {
            return;
        }
        throw new ConflictException(messages.get("review.error.phase", messages.get("cycle.phase." + phase.name()),
                messages.get("cycle.phase." + now.name())));
    }

    private void requireVersion(ReviewForm existing, Long version) {
        if (existing == null) {
            if (version != null && version != 0) {
                throw new ConflictException(messages.get("review.error.stale"));
            }
            return;
        }
        if (version == null || version != existing.getVersion()) {
            throw new ConflictException(messages.get("review.error.stale"));
        }
    }

    private Map<String, ItemInput> items(Context ctx, List<ItemInput> inputs, boolean submit, FormProblems problems) {
        Map<String, SchemeItems.Row> rows = new LinkedHashMap<>();
        ctx.rows().forEach(r -> rows.put(r.item().code(), r));
        Map<String, ItemInput> out = new LinkedHashMap<>();
        for (ItemInput in : inputs) {
            if (in == null || in.code() == null) {
                continue;
            }
            String code = in.code().strip();
            SchemeItems.Row row = rows.get(code);
            String field = "items[" + code + "]";
            if (row == null) {
                problems.add(field, code, "review.error.itemUnknown", code);
                continue;
            }
            if (in.score() != null && (in.score().compareTo(row.scaleMin()) < 0 || in.score().compareTo(row.scaleMax()) > 0)) {
                problems.add(field + ".score", in.score().toPlainString(), "review.error.scoreRange", row.item().name(),
                        row.scaleMin().stripTrailingZeros().toPlainString(), row.scaleMax().stripTrailingZeros().toPlainString());
            }
            if (in.score() != null && in.score().scale() > 4) {
                problems.add(field + ".score", in.score().toPlainString(), "review.error.scoreDigits", row.item().name());
            }
            String note = FormProblems.blankToNull(in.note());
            if (note != null && note.length() > settings.noteMaxLength()) {
                problems.add(field + ".note", null, "review.error.noteTooLong", row.item().name(), settings.noteMaxLength());
            }
            out.put(code, new ItemInput(code, in.score(), note));
        }
        if (submit) {
            for (SchemeItems.Row row : ctx.rows()) {
                ItemInput in = out.get(row.item().code());
                if (row.rated() && (in == null || in.score() == null)) {
                    problems.add("items[" + row.item().code() + "].score", null, "review.error.scoreRequired", row.item().name());
                }
            }
        }
        return out;
    }

    private static void apply(ReviewForm f, Map<String, ItemInput> items) {
        f.getItems().clear();
        items.values().forEach(i -> f.putItem(i.code(), i.score(), i.note()));
    }

    private void save(ReviewForm f) {
        try {
            forms.saveAndFlush(f);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(messages.get("review.error.stale"));
        }
    }

    private static Map<String, Object> state(ReviewForm f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        out.put("kind", f.getKind().name());
        out.put("status", f.getStatus().name());
        Map<String, String> scores = new TreeMap<>();
        f.getItems().forEach((code, e) -> scores.put(code, e.getScore() == null ? "" : e.getScore().toPlainString()));
        out.put("scores", scores);
        if (f.getSignatureName() != null) {
            out.put("signature", f.getSignatureName());
        }
        return out;
    }

    AssessmentView view(CurrentUser user, Context ctx, AssessmentView.Viewer viewer) {
        ParticipantView p = ctx.participant();
        ResultStore.CalibrationState calibration = results.calibration(ctx.cycle().id());
        List<ReviewForm> both = forms.findByParticipantId(p.id());
        ReviewForm self = both.stream().filter(f -> f.getKind() == ReviewForm.Kind.SELF).findFirst().orElse(null);
        ReviewForm manager = both.stream().filter(f -> f.getKind() == ReviewForm.Kind.MANAGER).findFirst().orElse(null);
        boolean managerSubmitted = manager != null && manager.isSubmitted();

        SelfShown selfShown = selfShown(settings, viewer, self != null && self.isSubmitted(), managerSubmitted);
        boolean selfHidden = selfShown != SelfShown.EVERYTHING;
        boolean managerVisible = viewer != AssessmentView.Viewer.ASSESSEE || calibration.published();
        // the reviewer's own draft is theirs; others see the manager assessment once submitted
        boolean managerDraftVisible = viewer == AssessmentView.Viewer.REVIEWER || managerSubmitted;

        boolean resultVisible = results.current(p.id()).isPresent() && access.canSeeResult(user, p, calibration.published());
        ResultStore.StoredResult result = resultVisible ? results.current(p.id()).orElse(null) : null;
        Map<String, BigDecimal> itemScores = result == null ? Map.of() : ResultJson.itemScores(result.derivation());

        List<String> codes = ctx.rows().stream().map(r -> r.item().indicatorCode()).filter(c -> c != null).distinct().toList();
        Map<String, IndicatorView> library = new HashMap<>();
        if (!codes.isEmpty()) {
            indicators.byCodes(codes).forEach(i -> library.put(i.code(), i));
        }
        Set<String> measured = new HashSet<>();
        ctx.rows().stream().filter(r -> !r.rated() && r.item().indicatorCode() != null).forEach(r -> measured.add(r.item().indicatorCode()));
        Map<String, ActualLookup.Current> current = actuals.current(p.employeeId(), SchemeItems.period(ctx.cycle()), measured);

        List<AssessmentView.Item> items = new ArrayList<>();
        for (SchemeItems.Row r : ctx.rows()) {
            IndicatorView indicator = r.item().indicatorCode() == null ? null : library.get(r.item().indicatorCode());
            ActualLookup.Current actual = r.rated() || r.item().indicatorCode() == null ? null : current.get(r.item().indicatorCode());
            items.add(new AssessmentView.Item(r.item().code(), r.item().name(), r.dimension().code(), r.dimension().name(),
                    r.item().indicatorCode(), indicator == null ? null : indicator.localDefinition(), r.item().weight(),
                    r.item().target(), r.rated(), r.scaleMin(), r.scaleMax(), actual == null ? null : actual.value(),
                    actual == null ? null : actual.actualId(), itemScores.get(r.item().code())));
        }
        AssessmentView.FormPart selfPart = part(self, FormKind.SELF, selfShown);
        AssessmentView.FormPart managerPart = managerVisible
                ? part(manager, FormKind.MANAGER, managerDraftVisible ? SelfShown.EVERYTHING : SelfShown.NOTHING) : null;
        CyclePhase phase = ctx.cycle().phase();
        boolean selfOpen = (self == null || !self.isSubmitted()) && (phase == CyclePhase.SELF_ASSESSMENT
                || self != null && self.isReopened() && phase.isBefore(CyclePhase.PUBLICATION) && !calibration.locked());
        boolean managerOpen = (manager == null || !manager.isSubmitted()) && (phase == CyclePhase.MANAGER_ASSESSMENT
                || manager != null && manager.isReopened() && phase.isBefore(CyclePhase.PUBLICATION) && !calibration.locked());
        AssessmentView.ResultSummary summary = result == null ? null : new AssessmentView.ResultSummary(result.finalScore(),
                result.gradeCode(), english() ? result.gradeEn() : result.gradeZh(), result.rankBand(), result.versionNo(),
                calibration.published());
        return new AssessmentView(ctx.cycle().id(), ctx.cycle().name(), ctx.cycle().periodLabel(), phase, ctx.cycle().phaseDeadline(),
                p.id(), p.employeeId(), p.employeeNo(), p.employeeName(), p.positionName(), p.orgUnitName(), p.reviewerEmployeeId(),
                p.reviewerName(), p.schemeCode(), p.schemeVersion(), items, selfPart, managerPart, selfHidden,
                selfShown == SelfShown.NOTHING && self != null && self.isSubmitted(), viewer,
                viewer == AssessmentView.Viewer.ASSESSEE && selfOpen, viewer == AssessmentView.Viewer.REVIEWER && managerOpen,
                ReviewAccess.canManage(user) && !calibration.locked(), summary);
    }

    /** How much of the self-assessment a viewer sees. */
    enum SelfShown { NOTHING, NOTES, EVERYTHING }

    /**
     * The assessee sees all of their self-assessment; others nothing of a draft; overseers all of a submitted one; the
     * reviewer and managers above, while the blind review lasts (the manager assessment not yet submitted), its
     * evidence texts and files without the scores, or nothing, as {@link ReviewSettings#blindReviewHides()} says.
     */
    static SelfShown selfShown(ReviewSettings settings, AssessmentView.Viewer viewer, boolean selfSubmitted, boolean managerSubmitted) {
        if (viewer == AssessmentView.Viewer.ASSESSEE) {
            return SelfShown.EVERYTHING;
        }
        if (!selfSubmitted) {
            return SelfShown.NOTHING;
        }
        if (viewer == AssessmentView.Viewer.OVERSEER || !settings.hideSelfScoresFromReviewer() || managerSubmitted) {
            return SelfShown.EVERYTHING;
        }
        return settings.blindReviewHides() == ReviewSettings.BlindReview.SCORES ? SelfShown.NOTES : SelfShown.NOTHING;
    }

    private AssessmentView.FormPart part(ReviewForm f, FormKind kind, SelfShown shown) {
        if (f == null) {
            return new AssessmentView.FormPart(kind.name(), null, false, null, null, null, Map.of(), null, null, null, null, List.of());
        }
        boolean hidden = shown == SelfShown.NOTHING;
        Map<String, AssessmentView.Entry> entries = new LinkedHashMap<>();
        if (!hidden) {
            f.getItems().forEach((code, e) -> entries.put(code,
                    new AssessmentView.Entry(shown == SelfShown.EVERYTHING ? e.getScore() : null, e.getNote())));
        }
        List<AttachmentView> files = hidden || kind == FormKind.MANAGER ? List.of()
                : attachments.ofForm(f.getId()).stream().map(Assessments::attachmentView).toList();
        return new AssessmentView.FormPart(kind.name(), f.getStatus().name(), f.isReopened(), f.getVersion(), f.getSubmittedAt(),
                f.getSubmittedBy(), entries, hidden ? null : f.getStrengths(), hidden ? null : f.getGaps(), f.getSignatureName(),
                f.getSignedAt(), files);
    }

    private static AttachmentView attachmentView(AttachmentStore.Meta m) {
        return new AttachmentView(m.id(), m.itemCode(), m.fileName(), m.contentType(), m.sizeBytes(), m.uploadedBy(), m.uploadedAt());
    }

    static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
