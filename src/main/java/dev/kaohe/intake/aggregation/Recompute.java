package dev.kaohe.intake.aggregation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.kaohe.intake.ActualsChanged;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordsCommitted;
import dev.kaohe.intake.aggregation.domain.Field;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.Outcome;
import dev.kaohe.intake.aggregation.domain.ReportingPeriod;
import dev.kaohe.intake.aggregation.domain.Rule;
import dev.kaohe.intake.aggregation.domain.Tally;
import dev.kaohe.intake.aggregation.domain.WorkingHours;
import dev.kaohe.intake.internal.aggregation.AggregateStore;
import dev.kaohe.intake.internal.aggregation.DefinitionStore;
import dev.kaohe.intake.internal.aggregation.RecordQueries;
import dev.kaohe.platform.calendar.WorkdayCalendar;
import dev.kaohe.intake.internal.records.RecordStore;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.jobs.JobProgress;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the enabled definitions of a record type for the months a batch touched, the quarters containing them,
 * and the period after them (growth compares with it). A value that did not change writes nothing; a changed one
 * adds a version; a value that no longer exists (its records are gone, or the denominator became zero) stops being
 * current. The changed keys are published as {@link ActualsChanged}: results built on them are stale.
 */
@Component
public class Recompute {

    private static final Logger log = LoggerFactory.getLogger(Recompute.class);

    /** What to recompute; a null type means every record type. */
    public record Request(String trigger, UUID batchId, RecordType type, YearMonth firstMonth, YearMonth lastMonth, String startedBy) {
    }

    private final DefinitionStore definitions;
    private final RecordQueries records;
    private final AggregateStore store;
    private final AggregationSettings settings;
    private final ObjectProvider<WorkdayCalendar> calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final RecordStore batches;
    private final Messages messages;

    Recompute(DefinitionStore definitions, RecordQueries records, AggregateStore store, AggregationSettings settings,
              ObjectProvider<WorkdayCalendar> calendar, ApplicationEventPublisher events, Clock clock,
              PlatformTransactionManager transactions, RecordStore batches, Messages messages) {
        this.batches = batches;
        this.messages = messages;
        this.definitions = definitions;
        this.records = records;
        this.store = store;
        this.settings = settings;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After a batch of records is committed (or withdrawn), in a transaction of its own; a failure leaves a FAILED run
     * and says so on the batch (the batch stays committed; the run can be retried from the runs page).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RecordsCommitted committed) {
        try {
            run(new Request("RECORDS", committed.batchId(), committed.type(), committed.firstMonth(), committed.lastMonth(), "system"),
                    JobProgress.NONE);
        } catch (RuntimeException e) {
            log.error("Recomputing aggregations after batch {} failed", committed.batchId(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                ownTransaction.executeWithoutResult(tx -> batches.message(committed.batchId(),
                        messages.get("intake.records.aggregationFailed", reason)));
            } catch (RuntimeException notRecorded) {
                log.error("Could not record the failed recompute on batch {}", committed.batchId(), notRecorded);
            }
        }
    }

    /** The message of a run a stopped server interrupted. */
    public static final String INTERRUPTED = "interrupted: the server stopped";
    /** started_by of a retried run begins with this. */
    public static final String RETRY = "retry: ";

    /**
     * At start: runs a stopped process left RUNNING become FAILED (nothing of theirs was written), and each is
     * retried once, unless it was itself a retry.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void recoverInterrupted() {
        List<AggregationRunView> interrupted = ownTransaction.execute(tx -> store.failInterrupted(INTERRUPTED, clock.instant()));
        for (AggregationRunView run : interrupted) {
            log.warn("Aggregation run {} was interrupted by a stopped server", run.id());
            if (run.startedBy() != null && run.startedBy().startsWith(RETRY)) {
                continue;
            }
            try {
                retry(run);
            } catch (RuntimeException e) {
                log.error("Retrying the interrupted aggregation run {} failed", run.id(), e);
            }
        }
    }

    /** Runs a failed run's recompute again (same trigger, batch, record type and months); returns the new run's id. */
    public UUID retry(AggregationRunView run) {
        RecordType type = run.recordType() == null ? null : RecordType.valueOf(run.recordType());
        String by = RETRY + run.startedBy();
        return run(new Request(run.trigger(), run.batchId(), type, YearMonth.parse(run.firstMonth()), YearMonth.parse(run.lastMonth()),
                by.substring(0, Math.min(100, by.length()))), JobProgress.NONE);
    }

    /** Runs one recompute; returns the run id. */
    public UUID run(Request request, JobProgress progress) {
        UUID runId = UUID.randomUUID();
        YearMonth first = request.firstMonth().isAfter(request.lastMonth()) ? request.lastMonth() : request.firstMonth();
        YearMonth last = request.firstMonth().isAfter(request.lastMonth()) ? request.firstMonth() : request.lastMonth();
        ownTransaction.executeWithoutResult(tx -> store.startRun(new AggregateStore.NewRun(runId, request.trigger(), request.batchId(),
                request.type() == null ? null : request.type().name(), first.toString(), last.toString(), request.startedBy(),
                clock.instant())));
        int[] counts = new int[5]; // created, replaced, unchanged, retired, no value
        List<AggregationDefinition> enabled = new ArrayList<>();
        try {
            enabled.addAll(definitions.enabled(request.type())); // a failure here, too, must not leave the run RUNNING
            ownTransaction.executeWithoutResult(tx -> {
                List<ActualsChanged.Key> keys = new ArrayList<>();
                List<ActualsChanged.GroupKey> groupKeys = new ArrayList<>();
                WorkingHours hours = workingHours();
                long started = System.nanoTime();
                Map<Long, Map<RecordQueries.Cell, RecordQueries.Counted>> shared = sharedTallies(enabled, first, last);
                log.debug("Run {}: {} definitions tallied together in {} ms", runId, shared.size(), (System.nanoTime() - started) / 1_000_000);
                for (int i = 0; i < enabled.size(); i++) {
                    progress.checkCancelled();
                    progress.update(i, (long) enabled.size(), enabled.get(i).indicatorCode());
                    long start = System.nanoTime();
                    recompute(enabled.get(i), shared.get(enabled.get(i).id()), runId, first, last, hours, counts, keys, groupKeys);
                    log.debug("Run {}: {} {} {} in {} ms", runId, enabled.get(i).indicatorCode(), enabled.get(i).grouping(),
                            enabled.get(i).periodKind(), (System.nanoTime() - start) / 1_000_000);
                }
                progress.update(enabled.size(), (long) enabled.size(), "");
                store.finishRun(runId, "DONE", enabled.size(), counts, null, clock.instant());
                ActualsChanged changed = new ActualsChanged(keys, groupKeys);
                if (!changed.isEmpty()) {
                    events.publishEvent(changed);
                }
            });
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(tx -> store.finishRun(runId, "FAILED", enabled.size(), new int[5],
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant()));
            throw e;
        }
        return runId;
    }

    /**
     * The tallies of the definitions whose measures add up from partial tallies, one scan per record type (see
     * {@link RecordQueries#tallyTogether}), and the distinct counts, one scan per field, filter and subject for all their
     * period kinds ({@link RecordQueries#distinctTogether}), by definition id. Times between events are read on their own.
     */
    private Map<Long, Map<RecordQueries.Cell, RecordQueries.Counted>> sharedTallies(List<AggregationDefinition> enabled, YearMonth first,
                                                                                   YearMonth last) {
        Map<RecordType, List<AggregationDefinition>> byType = new java.util.EnumMap<>(RecordType.class);
        for (AggregationDefinition d : enabled) {
            if (RecordQueries.sharesScan(d.measure())) {
                byType.computeIfAbsent(d.recordType(), t -> new ArrayList<>()).add(d);
            }
        }
        Map<Long, Map<RecordQueries.Cell, RecordQueries.Counted>> tallies = new HashMap<>();
        for (List<AggregationDefinition> together : byType.values()) {
            List<Map<RecordQueries.Cell, RecordQueries.Counted>> each = records.tallyTogether(together.stream().map(Recompute::spec).toList(),
                    together.stream().map(d -> reads(d, first, last)).toList(), settings.promoterFrom(), settings.detractorTo());
            for (int i = 0; i < together.size(); i++) {
                tallies.put(together.get(i).id(), each.get(i));
            }
        }
        // distinct counts that differ only in their period kind share one scan and one sort
        Map<String, List<AggregationDefinition>> distinct = new java.util.LinkedHashMap<>();
        for (AggregationDefinition d : enabled) {
            if (d.measure() == Measure.DISTINCT_COUNT) {
                distinct.computeIfAbsent(d.recordType() + "|" + d.field() + "|" + d.parsedFilter() + "|" + d.grouping(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        for (List<AggregationDefinition> together : distinct.values()) {
            List<Map<RecordQueries.Cell, RecordQueries.Counted>> each = records.distinctTogether(together.stream().map(Recompute::spec).toList(),
                    together.stream().map(d -> reads(d, first, last)).toList());
            for (int i = 0; i < together.size(); i++) {
                tallies.put(together.get(i).id(), each.get(i));
            }
        }
        return tallies;
    }

    private static List<ReportingPeriod> targets(AggregationDefinition d, YearMonth first, YearMonth last) {
        List<ReportingPeriod> targets = new ArrayList<>(ReportingPeriod.covering(d.periodKind(), first, last));
        if (d.measure() == Measure.GROWTH) {
            targets.add(targets.get(targets.size() - 1).next());
        }
        return targets;
    }

    /** The periods a definition reads: its targets, and for growth the periods before them. */
    private static Set<ReportingPeriod> reads(AggregationDefinition d, YearMonth first, YearMonth last) {
        List<ReportingPeriod> targets = targets(d, first, last);
        Set<ReportingPeriod> read = new LinkedHashSet<>(targets);
        if (d.measure() == Measure.GROWTH) {
            targets.forEach(p -> read.add(p.previous()));
        }
        return read;
    }

    private static RecordQueries.Spec spec(AggregationDefinition d) {
        return new RecordQueries.Spec(d.recordType().name(), d.measure(), Field.named(d.field()).orElse(null),
                Field.named(d.secondField()).orElse(null), d.parsedFilter(), d.parsedPartFilter(), d.timeUnit(), d.grouping(), d.periodKind());
    }

    private void recompute(AggregationDefinition d, Map<RecordQueries.Cell, RecordQueries.Counted> shared, UUID runId, YearMonth first,
                           YearMonth last, WorkingHours hours, int[] counts, List<ActualsChanged.Key> keys,
                           List<ActualsChanged.GroupKey> groupKeys) {
        List<ReportingPeriod> targets = targets(d, first, last);
        Map<RecordQueries.Cell, RecordQueries.Counted> tallies = shared != null ? shared
                : records.tally(spec(d), reads(d, first, last), settings.promoterFrom(), settings.detractorTo(), hours);
        Rule rule = d.rule(settings.decimals());
        List<String> periodNames = targets.stream().map(ReportingPeriod::toString).toList();
        Map<String, AggregateStore.Current> current = store.current(d.grouping(), d.indicatorCode(), periodNames);

        Map<String, AggregateStore.Write> writes = new HashMap<>();
        List<Long> retire = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<RecordQueries.Cell, RecordQueries.Counted> e : tallies.entrySet()) {
            RecordQueries.Cell cell = e.getKey();
            if (!periodNames.contains(cell.period())) {
                continue;
            }
            Tally tally = e.getValue().tally();
            Set<java.util.UUID> batches = e.getValue().batches();
            if (d.measure() == Measure.GROWTH) {
                RecordQueries.Counted previous = tallies.get(new RecordQueries.Cell(cell.group(), ReportingPeriod.parse(cell.period()).previous().toString()));
                tally = Tally.of(tally.records(), tally.a(), previous == null ? null : orZero(previous.tally().a()));
                if (previous != null) {
                    batches = new LinkedHashSet<>(batches);
                    batches.addAll(previous.batches());
                }
            }
            Outcome outcome = rule.outcome(tally);
            String key = cell.group() + "|" + cell.period();
            seen.add(key);
            AggregateStore.Current now = current.get(key);
            if (!outcome.hasValue()) {
                counts[4]++;
                if (now != null && now.definitionId() != null) {
                    retire.add(now.id());
                    counts[3]++;
                    changed(d, cell.group(), cell.period(), keys, groupKeys);
                }
                continue;
            }
            if (now != null && now.value().compareTo(outcome.value()) == 0) {
                counts[2]++;
                continue;
            }
            if (now != null) {
                retire.add(now.id());
                counts[1]++;
            } else {
                counts[0]++;
            }
            writes.put(key, new AggregateStore.Write(cell.group(), cell.period(), outcome.value(), now == null ? 1 : now.version() + 1,
                    (int) Math.min(Integer.MAX_VALUE, tally.records()), outcome.explanation().key(), outcome.explanation().args(),
                    outcome.explanation().english(), batches));
            changed(d, cell.group(), cell.period(), keys, groupKeys);
        }
        // values this definition wrote earlier whose records are all gone
        for (AggregateStore.Current now : current.values()) {
            if (!seen.contains(now.group() + "|" + now.period()) && d.id() == (now.definitionId() == null ? -1 : now.definitionId())) {
                retire.add(now.id());
                counts[3]++;
                changed(d, now.group(), now.period(), keys, groupKeys);
            }
        }
        store.retire(retire);
        store.write(d.grouping(), d.indicatorCode(), d.id(), runId, new ArrayList<>(writes.values()), clock.instant());
    }

    private static void changed(AggregationDefinition d, long group, String period, List<ActualsChanged.Key> keys,
                                List<ActualsChanged.GroupKey> groupKeys) {
        if (d.grouping() == Grouping.EMPLOYEE) {
            keys.add(new ActualsChanged.Key(group, d.indicatorCode(), period));
        } else {
            groupKeys.add(new ActualsChanged.GroupKey(d.grouping().name(), group, d.indicatorCode(), period));
        }
    }

    private WorkingHours workingHours() {
        WorkdayCalendar days = calendar.getIfAvailable();
        Predicate<LocalDate> workday = days == null ? WorkingHours.weekdays() : days::isWorkday;
        return new WorkingHours(settings.workdayStart(), settings.workdayEnd(), settings.zone(), workday);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
