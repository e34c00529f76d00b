package dev.kaohe.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.intake.ActualLookup;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.internal.ReviewForm;
import dev.kaohe.review.internal.ReviewFormRepository;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SettingsSpec;
import dev.kaohe.scoring.SimulationRequest;
import dev.kaohe.scoring.SimulationResult;
import dev.kaohe.scoring.Simulations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the results of a cycle with the scoring engine. A participant's inputs are complete when the self and the
 * manager assessment are submitted, the 360 / cross-department ratings are in (when that part of the module is
 * present) and every measured item has a current actual for the cycle's period. Rated items take the SELF and MANAGER
 * scores and the other raters' averages; measured items the actual. Each participant whose result differs from their
 * current version gets a new version (never an update); rank bands are given once everyone of the scheme's population
 * has a result, so a rank never rests on part of the population. A calibrated grade or score is carried into later
 * versions. Nothing changes once calibration is locked.
 */
@Component
class ResultCalculator {

    static final String CALCULATION = "CALCULATION";
    static final String RECALCULATION = "RECALCULATION";
    static final String CALIBRATION = "CALIBRATION";

    private final CycleDirectory directory;
    private final Simulations simulations;
    private final ActualLookup actuals;
    private final ReviewFormRepository forms;
    private final ResultStore store;
    private final ObjectProvider<RaterInputs> raterInputs;
    private final ReviewSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ResultCalculator(CycleDirectory directory, Simulations simulations, ActualLookup actuals, ReviewFormRepository forms,
                     ResultStore store, ObjectProvider<RaterInputs> raterInputs, ReviewSettings settings, AuditTrail audit,
                     Clock clock) {
        this.directory = directory;
        this.simulations = simulations;
        this.actuals = actuals;
        this.forms = forms;
        this.store = store;
        this.raterInputs = raterInputs;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a calculation did: versions added, participants with complete inputs, participants in all. */
    record Outcome(int added, int complete, int participants, boolean locked) {
    }

    /** Computes every participant of the cycle now (HR's recalculation, before locking); takes the pending marks too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome recalculate(long cycleId, String reasonKey) {
        store.lockCycle(cycleId);
        store.takePending(cycleId);
        return calculate(cycleId, reasonKey, null);
    }

    /**
     * The background run for the participants marked pending: only they are computed while their population has no
     * ranks (a person's score never depends on the others, only the places do); the whole population once everyone of
     * it could have a result, or once ranks were given. Empty when another transaction (on any node) holds the cycle.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Outcome> calculatePending(long cycleId) {
        if (!store.tryLockCycle(cycleId)) {
            return Optional.empty();
        }
        Map<Long, String> pending = store.takePending(cycleId);
        if (pending.isEmpty()) {
            return Optional.of(new Outcome(0, 0, 0, false));
        }
        return Optional.of(calculate(cycleId, null, pending));
    }

    /** {@code pending} null: everyone, with {@code reasonKey}; else the marked participants with their reasons. */
    private Outcome calculate(long cycleId, String reasonKey, Map<Long, String> pending) {
        CycleView cycle = directory.cycle(cycleId).orElse(null);
        if (cycle == null) {
            return new Outcome(0, 0, 0, false);
        }
        List<ParticipantView> participants = directory.participants(cycleId);
        if (store.calibration(cycleId).locked()) {
            return new Outcome(0, 0, participants.size(), true);
        }
        Map<String, List<ParticipantView>> groups = participants.stream()
                .collect(Collectors.groupingBy(p -> p.schemeCode() + "\u0000" + p.schemeVersion(), LinkedHashMap::new, Collectors.toList()));
        // which participants to compute, per scheme group, and whether the group is computed whole (then it may be ranked)
        Map<String, List<ParticipantView>> chosen = new LinkedHashMap<>();
        Set<String> whole = new HashSet<>();
        Set<Long> ready = pending == null ? Set.of() : store.bothSubmitted(cycleId);
        boolean ranked = pending != null && store.anyRanked(cycleId);
        for (Map.Entry<String, List<ParticipantView>> g : groups.entrySet()) {
            if (pending == null || ranked || g.getValue().stream().allMatch(p -> ready.contains(p.id()))) {
                chosen.put(g.getKey(), g.getValue());
                whole.add(g.getKey());
            } else {
                List<ParticipantView> marked = g.getValue().stream().filter(p -> pending.containsKey(p.id())).toList();
                if (!marked.isEmpty()) {
                    chosen.put(g.getKey(), marked);
                }
            }
        }
        List<Long> ids = chosen.values().stream().flatMap(List::stream).map(ParticipantView::id).toList();
        Map<Long, List<ReviewForm>> formsOf = (pending == null ? forms.findWithItemsByCycleId(cycleId)
                : ids.isEmpty() ? List.<ReviewForm>of() : forms.findWithItemsByParticipantIdIn(ids)).stream()
                .collect(Collectors.groupingBy(ReviewForm::getParticipantId));
        Map<Long, ResultStore.StoredResult> current = pending == null ? store.currentOfCycle(cycleId) : store.currentOf(ids);
        String fallbackReason = reasonKey != null ? reasonKey
                : pending.values().stream().sorted().findFirst().orElse("review.reason.inputs");
        RaterInputs raters = raterInputs.getIfAvailable();
        String period = SchemeItems.period(cycle);
        int added = 0;
        int complete = 0;
        Instant now = clock.instant();
        for (Map.Entry<String, List<ParticipantView>> chosenGroup : chosen.entrySet()) {
            List<ParticipantView> group = chosenGroup.getValue();
            boolean wholeGroup = whole.contains(chosenGroup.getKey());
            SchemeSpec spec = simulations.resolve(group.get(0).schemeCode(), group.get(0).schemeVersion());
            List<SchemeItems.Row> rows = SchemeItems.rows(spec);
            Set<String> measured = rows.stream().filter(r -> !r.rated() && r.item().indicatorCode() != null)
                    .map(r -> r.item().indicatorCode()).collect(Collectors.toSet());
            List<SimulationRequest.ParticipantInput> inputs = new ArrayList<>();
            Map<String, Map<String, Long>> actualIds = new HashMap<>();
            Map<String, ParticipantView> byId = new HashMap<>();
            for (ParticipantView p : group) {
                List<ReviewForm> both = formsOf.getOrDefault(p.id(), List.of());
                ReviewForm self = submitted(both, ReviewForm.Kind.SELF);
                ReviewForm manager = submitted(both, ReviewForm.Kind.MANAGER);
                if (self == null || manager == null || raters != null && !raters.complete(p.id())) {
                    continue;
                }
                Map<String, ActualLookup.Current> found = actuals.current(p.employeeId(), period, measured);
                Map<String, Map<String, BigDecimal>> others = raters == null ? Map.of() : raters.ratings(p.id());
                Map<String, SimulationRequest.ItemValues> values = new LinkedHashMap<>();
                Map<String, Long> ids2 = new LinkedHashMap<>();
                for (SchemeItems.Row row : rows) {
                    String code = row.item().code();
                    if (row.rated()) {
                        Map<String, BigDecimal> ratings = new LinkedHashMap<>();
                        putScore(ratings, "SELF", self, code);
                        putScore(ratings, "MANAGER", manager, code);
                        others.getOrDefault(code, Map.of()).forEach((rater, score) -> {
                            if (score != null && !rater.equals("SELF") && !rater.equals("MANAGER")) {
                                ratings.put(rater, score);
                            }
                        });
                        values.put(code, new SimulationRequest.ItemValues(null, null, ratings, null));
                    } else if (row.item().indicatorCode() != null && found.containsKey(row.item().indicatorCode())) {
                        ActualLookup.Current a = found.get(row.item().indicatorCode());
                        values.put(code, SimulationRequest.ItemValues.actual(a.value()));
                        ids2.put(code, a.actualId());
                    }
                }
                String id = String.valueOf(p.id());
                inputs.add(new SimulationRequest.ParticipantInput(id, p.employeeName(),
                        Map.of("department", String.valueOf(p.orgUnitId())), values, null, null));
                actualIds.put(id, ids2);
                byId.put(id, p);
            }
            if (inputs.isEmpty()) {
                continue;
            }
            SettingsSpec settingsSpec = settingsSpec();
            SimulationResult zh = simulations.run(spec, settingsSpec, inputs, Locale.SIMPLIFIED_CHINESE);
            SimulationResult en = simulations.run(spec, settingsSpec, inputs, Locale.ENGLISH);
            Map<String, SimulationResult.Person> english = new HashMap<>();
            en.people().forEach(p -> english.put(p.id(), p));
            long completeHere = zh.people().stream().filter(SimulationResult.Person::complete).count();
            complete += (int) completeHere;
            boolean rankedNow = wholeGroup && completeHere == group.size();
            for (SimulationResult.Person person : zh.people()) {
                if (!person.complete() || person.grade() == null) {
                    continue;
                }
                ParticipantView p = byId.get(person.id());
                SimulationResult.Person personEn = english.get(person.id());
                SimulationResult.PlaceView place = rankedNow ? person.companyPlace() : null;
                String band = place == null ? null : place.band();
                String quota = place == null ? null : quotaCode(place.distributionGrade());
                ResultStore.StoredResult prev = current.get(p.id());
                String overrideGrade = prev == null ? null : prev.overrideGrade();
                BigDecimal overrideScore = prev == null ? null : prev.overrideScore();
                String gradeCode = overrideGrade != null ? overrideGrade : person.grade().code();
                String gradeZh = overrideGrade != null ? prev.gradeZh() : person.grade().label();
                String gradeEn = overrideGrade != null ? prev.gradeEn() : personEn.grade().label();
                BigDecimal finalScore = overrideScore != null ? overrideScore : person.finalScore();
                String fingerprint = fingerprint(person, actualIds.get(person.id()), gradeCode, finalScore, band, quota);
                if (prev != null && prev.fingerprint().equals(fingerprint)) {
                    store.clearStale(p.id());
                    continue;
                }
                String derivation = ResultJson.write(new ResultJson.Derivation(person, personEn, actualIds.get(person.id()), period));
                String why = reasonKey != null ? reasonKey : pending.getOrDefault(p.id(), fallbackReason);
                String reason = prev == null ? "review.reason.calculated" : why;
                if (prev != null && (overrideGrade != null || overrideScore != null)) {
                    reason = why + "+calibrated";
                }
                store.add(new ResultStore.StoredResult(0, p.id(), cycleId, p.employeeId(), 0, prev == null ? CALCULATION : RECALCULATION,
                        reason, spec.code(), spec.version() == null ? 1 : spec.version(), person.composite(), finalScore,
                        gradeCode, gradeZh, gradeEn, band, quota, overrideGrade, overrideScore, fingerprint, derivation,
                        AuditTrail.SYSTEM, now));
                store.clearStale(p.id());
                added++;
            }
        }
        if (added > 0) {
            audit.record("review.result.calculate", "cycle", cycleId, null,
                    Map.of("versionsAdded", added, "complete", complete, "computed", ids.size(), "reason", fallbackReason));
        }
        return new Outcome(added, complete, participants.size(), false);
    }

    SettingsSpec settingsSpec() {
        List<SettingsSpec.QuotaBand> bands = settings.quotas().stream()
                .map(q -> new SettingsSpec.QuotaBand(new SettingsSpec.GradeLabel(q.grade(), q.zh(), q.en()),
                        SettingsSpec.Position.valueOf(q.position().name()), q.share(), null))
                .toList();
        return new SettingsSpec(SettingsSpec.GradeScaleSpec.preset(settings.gradeScale()),
                new SettingsSpec.DistributionSpec(null, "review", bands, SettingsSpec.Counting.CUMULATIVE, SettingsSpec.Rounding.FLOOR, null),
                null, SettingsSpec.OfficialGrade.ABSOLUTE, List.of(), null, null, null,
                settings.raterBlend().isEmpty() ? null : settings.raterBlend(),
                new SettingsSpec.RankBandsSpec(settings.rankBands(), null, null), null, null);
    }

    private String quotaCode(String label) {
        if (label == null) {
            return null;
        }
        return settings.quotas().stream().filter(q -> label.equals(q.grade()) || label.equals(q.zh()) || label.equals(q.en()))
                .map(ReviewSettings.Quota::grade).findFirst().orElse(label);
    }

    private static ReviewForm submitted(List<ReviewForm> forms, ReviewForm.Kind kind) {
        return forms.stream().filter(f -> f.getKind() == kind && f.isSubmitted()).findFirst().orElse(null);
    }

    private static void putScore(Map<String, BigDecimal> ratings, String rater, ReviewForm form, String code) {
        ReviewForm.Entry entry = form.getItems().get(code);
        if (entry != null && entry.getScore() != null) {
            ratings.put(rater, entry.getScore());
        }
    }

    static String fingerprint(SimulationResult.Person person, Map<String, Long> ids, String grade, BigDecimal score,
                                      String band, String quota) {
        StringBuilder text = new StringBuilder();
        text.append(plain(score)).append('|').append(grade).append('|').append(band).append('|').append(quota);
        for (SimulationResult.ItemScore i : person.items()) {
            text.append('|').append(i.code()).append(':').append(plain(i.actual())).append(':').append(plain(i.score()))
                    .append(':').append(ids == null ? null : ids.get(i.code()));
            if (i.raters() != null) {
                new java.util.TreeMap<>(i.raters()).forEach((k, v) -> text.append(':').append(k).append('=').append(plain(v)));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
