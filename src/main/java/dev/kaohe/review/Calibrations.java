package dev.kaohe.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleSettings;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.internal.ReviewForm;
import dev.kaohe.review.internal.ReviewFormRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration (R107) and publication: the grades of a population against the forced-distribution quotas (R84), HR's
 * adjustments of a grade or score with a mandatory reason (each a new result version, audited), locking the results,
 * and publishing them to the participants (each told by a notice), with the publication deadline of R173.
 */
@Service
public class Calibrations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CycleDirectory directory;
    private final ResultStore store;
    private final ResultCalculator calculator;
    private final ReviewFormRepository forms;
    private final Results results;
    private final ReviewAccess access;
    private final ReviewSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgUnits orgUnits;
    private final CycleSettings cycleSettings;

    Calibrations(CycleDirectory directory, ResultStore store, ResultCalculator calculator, ReviewFormRepository forms,
                 Results results, ReviewAccess access, ReviewSettings settings, AuditTrail audit, Messages messages,
                 ApplicationEventPublisher events, Clock clock, OrgUnits orgUnits, CycleSettings cycleSettings) {
        this.directory = directory;
        this.store = store;
        this.calculator = calculator;
        this.forms = forms;
        this.results = results;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.orgUnits = orgUnits;
        this.cycleSettings = cycleSettings;
    }

    @Transactional(readOnly = true)
    public CalibrationView view(long cycleId, Long orgUnitId) {
        CurrentUser user = access.person();
        access.requireCalibrationReader(user);
        CycleView cycle = cycle(cycleId);
        List<ParticipantView> all = directory.participants(cycleId);
        // a department's population is its whole subtree: each participant counts in their unit and every unit above it
        Map<Long, OrgUnitView> units = new LinkedHashMap<>();
        orgUnits.list().forEach(u -> units.put(u.id(), u));
        Map<Long, Set<Long>> chains = new HashMap<>();
        Set<Long> reached = new HashSet<>();
        all.forEach(p -> reached.addAll(chains.computeIfAbsent(p.orgUnitId(), id -> chain(id, units))));
        Map<Long, String> departments = new LinkedHashMap<>();
        units.values().stream().filter(u -> reached.contains(u.id())).forEach(u -> departments.put(u.id(), u.name()));
        all.forEach(p -> departments.putIfAbsent(p.orgUnitId(), p.orgUnitName()));
        List<ParticipantView> population = orgUnitId == null ? all
                : all.stream().filter(p -> chains.get(p.orgUnitId()).contains(orgUnitId)).toList();
        Map<Long, ResultStore.StoredResult> current = store.currentOfCycle(cycleId);
        Map<Long, String> stale = store.staleOfCycle(cycleId);
        Map<Long, List<ReviewForm>> formsOf = forms.findByCycleId(cycleId).stream()
                .collect(Collectors.groupingBy(ReviewForm::getParticipantId));
        boolean english = Assessments.english();

        List<CalibrationView.Row> rows = new ArrayList<>();
        for (ParticipantView p : population) {
            ResultStore.StoredResult r = current.get(p.id());
            String missing = r != null ? null : missing(formsOf.getOrDefault(p.id(), List.of()));
            rows.add(new CalibrationView.Row(p.id(), p.employeeId(), p.employeeName(), p.orgUnitName(),
                    r == null ? null : r.versionNo(), r == null ? null : r.finalScore(), r == null ? null : r.gradeCode(),
                    r == null ? null : english ? r.gradeEn() : r.gradeZh(), r == null ? null : r.rankBand(),
                    r == null ? null : r.quotaGrade(), r != null && (r.overrideGrade() != null || r.overrideScore() != null),
                    stale.containsKey(p.id()), missing));
        }
        rows.sort(Comparator.comparing((CalibrationView.Row row) -> row.finalScore() == null)
                .thenComparing(row -> row.finalScore() == null ? BigDecimal.ZERO : row.finalScore(), Comparator.reverseOrder())
                .thenComparing(CalibrationView.Row::employeeName));
        List<CalibrationView.Row> graded = rows.stream().filter(r -> r.gradeCode() != null).toList();
        List<Integer> quota = quotaCounts(settings.quotas(), graded.size());
        List<CalibrationView.Band> bands = new ArrayList<>();
        for (int k = 0; k < settings.quotas().size(); k++) {
            ReviewSettings.Quota q = settings.quotas().get(k);
            int count = (int) graded.stream().filter(r -> q.grade().equals(r.gradeCode())).count();
            BigDecimal share = graded.isEmpty() ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(graded.size()), 1, RoundingMode.HALF_UP);
            Integer allowed = quota.get(k);
            bands.add(new CalibrationView.Band(q.grade(), english ? q.en() : q.zh(), q.position().name(), q.share(), allowed, count,
                    share, allowed != null && count > allowed));
        }
        ResultStore.CalibrationState state = store.calibration(cycleId);
        LocalDate deadline = cycle.deadlineOf(CyclePhase.PUBLICATION);
        CalibrationView.Deadline status = deadlineStatus(state.published() ? state.publishedAt() : null, deadline, clock,
                cycleSettings.zone());
        boolean manage = ReviewAccess.canManage(user);
        boolean calibrating = cycle.phase() == CyclePhase.CALIBRATION;
        return new CalibrationView(cycleId, cycle.name(), cycle.periodLabel(), cycle.phase(), orgUnitId,
                departments.entrySet().stream().map(e -> new CalibrationView.Department(e.getKey(), e.getValue())).toList(),
                population.size(), graded.size(), (int) rows.stream().filter(CalibrationView.Row::stale).count(), bands, rows,
                state.locked(), state.lockedAt(), state.lockedBy(), state.published(), state.publishedAt(), state.publishedBy(),
                deadline, status, manage && calibrating && !state.locked(), manage && calibrating && !state.locked(),
                manage && state.locked() && !state.published()
                        && (calibrating || cycle.phase() == CyclePhase.PUBLICATION));
    }

    /** Sets a participant's grade and/or score with a reason: a new result version, in the audit trail. */
    @Transactional
    public ResultView adjust(long cycleId, long employeeId, AdjustForm form) {
        CurrentUser user = access.person();
        access.requireManage(user);
        CycleView cycle = cycle(cycleId);
        ParticipantView p = directory.participant(cycleId, employeeId)
                .orElseThrow(() -> new NotFoundException("result", cycleId + "/" + employeeId));
        store.lockCycle(cycleId);
        requireCalibrating(cycle);
        FormProblems problems = new FormProblems(messages, "review");
        String reason = problems.text("reason", form.reason(), 500, true);
        String grade = FormProblems.blankToNull(form.grade());
        ReviewSettings.Quota quota = null;
        if (grade == null && form.score() == null) {
            problems.add("grade", null, "review.error.adjustNothing");
        }
        if (grade != null) {
            quota = settings.quotas().stream().filter(q -> q.grade().equalsIgnoreCase(grade)).findFirst().orElse(null);
            if (quota == null) {
                problems.add("grade", grade, "review.error.gradeUnknown", settings.quotas().stream()
                        .map(ReviewSettings.Quota::grade).collect(Collectors.joining(", ")));
            }
        }
        if (form.score() != null && (form.score().signum() < 0 || form.score().compareTo(BigDecimal.valueOf(1000)) >= 0
                || form.score().scale() > 4)) {
            problems.add("score", form.score().toPlainString(), "review.error.adjustScore");
        }
        if (form.versionNo() == null) {
            problems.add("versionNo", null, "review.error.required", problems.label("versionNo"));
        }
        problems.throwIfAny();
        ResultStore.StoredResult prev = store.current(p.id())
                .orElseThrow(() -> new ConflictException(messages.get("review.error.noResult")));
        if (prev.versionNo() != form.versionNo()) {
            throw new ConflictException(messages.get("review.error.resultStale", prev.versionNo()));
        }
        String overrideGrade = quota != null ? quota.grade() : prev.overrideGrade();
        BigDecimal overrideScore = form.score() != null ? form.score() : prev.overrideScore();
        String gradeCode = quota != null ? quota.grade() : prev.gradeCode();
        String gradeZh = quota != null ? quota.zh() : prev.gradeZh();
        String gradeEn = quota != null ? quota.en() : prev.gradeEn();
        BigDecimal score = form.score() != null ? form.score() : prev.finalScore();
        ResultJson.Derivation d = ResultJson.read(prev.derivation());
        String fingerprint = ResultCalculator.fingerprint(d.zh(), d.actualIds(), gradeCode, score, prev.rankBand(), prev.quotaGrade());
        ResultStore.StoredResult added = store.add(new ResultStore.StoredResult(0, p.id(), cycleId, p.employeeId(), 0,
                ResultCalculator.CALIBRATION, reason, prev.schemeCode(), prev.schemeVersion(), prev.composite(), score, gradeCode,
                gradeZh, gradeEn, prev.rankBand(), prev.quotaGrade(), overrideGrade, overrideScore, fingerprint, prev.derivation(),
                user.username(), clock.instant()));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", prev.versionNo());
        before.put("grade", prev.gradeCode());
        before.put("score", prev.finalScore().toPlainString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", added.versionNo());
        after.put("grade", added.gradeCode());
        after.put("score", added.finalScore().toPlainString());
        after.put("reason", reason);
        audit.record("review.calibrate", "review_result", p.id(), before, after);
        return results.view(p, added);
    }

    /** Locks the cycle's results (stale ones are recomputed first); locking twice changes nothing. */
    @Transactional
    public CalibrationView lock(long cycleId) {
        CurrentUser user = access.person();
        access.requireManage(user);
        CycleView cycle = cycle(cycleId);
        if (store.calibration(cycleId).locked()) {
            return view(cycleId, null);
        }
        requireCalibrating(cycle);
        if (!store.staleOfCycle(cycleId).isEmpty()) {
            calculator.recalculate(cycleId, "review.reason.beforeLock");
        }
        store.lockCycle(cycleId);
        store.lock(cycleId, user.username(), clock.instant());
        audit.record("review.lock", "cycle", cycleId, null, Map.of("results", store.currentOfCycle(cycleId).size()));
        return view(cycleId, null);
    }

    /** Publishes the locked results; each participant with a result is told. Publishing twice changes nothing. */
    @Transactional
    public CalibrationView publish(long cycleId) {
        CurrentUser user = access.person();
        access.requireManage(user);
        CycleView cycle = cycle(cycleId);
        ResultStore.CalibrationState state = store.calibration(cycleId);
        if (state.published()) {
            return view(cycleId, null);
        }
        if (cycle.phase() != CyclePhase.CALIBRATION && cycle.phase() != CyclePhase.PUBLICATION) {
            throw new ConflictException(messages.get("review.error.publishPhase", messages.get("cycle.phase." + cycle.phase().name())));
        }
        if (!state.locked()) {
            throw new ConflictException(messages.get("review.error.lockFirst"));
        }
        store.publish(cycleId, user.username(), clock.instant());
        Map<Long, ResultStore.StoredResult> current = store.currentOfCycle(cycleId);
        audit.record("review.publish", "cycle", cycleId, null, Map.of("results", current.size()));
        for (ResultStore.StoredResult r : current.values()) {
            events.publishEvent(new NoticeRequested(r.employeeId(), "review.published", "review.notice.published",
                    List.of(cycle.name()), "/review/cycles/" + cycleId + "/results/" + r.employeeId(),
                    "review.published:" + cycleId + ":" + r.participantId()));
        }
        return view(cycleId, null);
    }

    /**
     * R173: whether the results were published by the deadline (ON_TIME, LATE) or still can be (OPEN, OVERDUE), on the
     * day of the company's time zone: a publication at 07:30 in Shanghai is on that day, though it is the day before in UTC.
     */
    static CalibrationView.Deadline deadlineStatus(Instant publishedAt, LocalDate deadline, Clock clock, ZoneId zone) {
        if (publishedAt != null) {
            return publishedAt.atZone(zone).toLocalDate().isAfter(deadline) ? CalibrationView.Deadline.LATE : CalibrationView.Deadline.ON_TIME;
        }
        return LocalDate.now(clock.withZone(zone)).isAfter(deadline) ? CalibrationView.Deadline.OVERDUE : CalibrationView.Deadline.OPEN;
    }

    /** The unit and the units above it (a unit missing from the tree is its own chain). */
    private static Set<Long> chain(long unitId, Map<Long, OrgUnitView> units) {
        Set<Long> out = new HashSet<>();
        Long id = unitId;
        while (id != null && out.add(id)) {
            OrgUnitView u = units.get(id);
            id = u == null ? null : u.parentId();
        }
        return out;
    }

    /**
     * Head counts of each quota band in a population of {@code n}: top bands count cumulatively from the top, bottom
     * bands from the bottom, shares rounded down (so no band exceeds its share); the middle band (null) takes the rest.
     */
    static List<Integer> quotaCounts(List<ReviewSettings.Quota> quotas, int n) {
        Integer[] out = new Integer[quotas.size()];
        int before = 0;
        for (int k = 0; k < quotas.size(); k++) {
            ReviewSettings.Quota q = quotas.get(k);
            if (q.position() == ReviewSettings.Position.TOP) {
                int cumulative = cumulative(n, q.share());
                out[k] = Math.max(0, cumulative - before);
                before = Math.max(before, cumulative);
            }
        }
        int after = 0;
        for (int k = quotas.size() - 1; k >= 0; k--) {
            ReviewSettings.Quota q = quotas.get(k);
            if (q.position() == ReviewSettings.Position.BOTTOM) {
                int cumulative = cumulative(n, q.share());
                out[k] = Math.max(0, cumulative - after);
                after = Math.max(after, cumulative);
            }
        }
        return java.util.Arrays.asList(out);
    }

    private static int cumulative(int n, BigDecimal share) {
        return share == null ? 0 : BigDecimal.valueOf(n).multiply(share).divide(HUNDRED, 0, RoundingMode.FLOOR).intValue();
    }

    private String missing(List<ReviewForm> both) {
        boolean self = both.stream().anyMatch(f -> f.getKind() == ReviewForm.Kind.SELF && f.isSubmitted());
        boolean manager = both.stream().anyMatch(f -> f.getKind() == ReviewForm.Kind.MANAGER && f.isSubmitted());
        return messages.get(!self ? "review.missing.self" : !manager ? "review.missing.manager" : "review.missing.inputs");
    }

    private void requireCalibrating(CycleView cycle) {
        if (cycle.phase() != CyclePhase.CALIBRATION) {
            throw new ConflictException(messages.get("review.error.calibrationPhase", messages.get("cycle.phase." + cycle.phase().name())));
        }
        if (store.calibration(cycle.id()).locked()) {
            throw new ConflictException(messages.get("review.error.locked"));
        }
    }

    private CycleView cycle(long cycleId) {
        return directory.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }
}
