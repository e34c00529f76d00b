package dev.kaohe.intake.aggregation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualView;
import dev.kaohe.intake.Actuals;
import dev.kaohe.intake.IntakeAccess;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.aggregation.domain.Field;
import dev.kaohe.intake.aggregation.domain.Filter;
import dev.kaohe.intake.aggregation.domain.Grouping;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.TimeUnit;
import dev.kaohe.intake.internal.aggregation.AggregateStore;
import dev.kaohe.intake.internal.aggregation.DefinitionStore;
import dev.kaohe.intake.internal.aggregation.RecordQueries;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.jobs.BackgroundJobs;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregation definitions (HR and admins manage them; built-in ones can be edited and disabled like any other),
 * manual recomputes as background jobs (HR, admins, tokens with intake:write), and the lineage of an aggregated
 * actual for whoever may see the actual.
 */
@Service
public class Aggregations {

    private final DefinitionStore definitions;
    private final AggregateStore store;
    private final RecordQueries records;
    private final Recompute recompute;
    private final Actuals actuals;
    private final IntakeAccess access;
    private final AggregationSettings settings;
    private final BackgroundJobs jobs;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    Aggregations(DefinitionStore definitions, AggregateStore store, RecordQueries records, Recompute recompute, Actuals actuals,
                 IntakeAccess access, AggregationSettings settings, BackgroundJobs jobs, AuditTrail audit, Messages messages, Clock clock) {
        this.definitions = definitions;
        this.store = store;
        this.records = records;
        this.recompute = recompute;
        this.actuals = actuals;
        this.access = access;
        this.settings = settings;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public boolean canManage(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN);
    }

    private void requireManager() {
        if (!canManage(CurrentUser.get())) {
            throw new AccessDeniedException("aggregation definitions are managed by HR and admins");
        }
    }

    @Transactional(readOnly = true)
    public List<AggregationDefinition> list() {
        requireManager();
        return definitions.all();
    }

    @Transactional(readOnly = true)
    public AggregationDefinition get(long id) {
        requireManager();
        return definitions.get(id).orElseThrow(() -> new NotFoundException("aggregation definition", id));
    }

    @Transactional
    public AggregationDefinition create(AggregationForm form) {
        requireManager();
        AggregationDefinition d = validate(0, form);
        long id = definitions.insert(d, clock.instant());
        AggregationDefinition created = definitions.get(id).orElseThrow();
        audit.record("aggregation.definition.create", "aggregation_definition", id, null, AggregationForm.of(created));
        return created;
    }

    @Transactional
    public AggregationDefinition update(long id, AggregationForm form) {
        AggregationDefinition before = get(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", messages.get("aggregation.problem.version"));
        }
        AggregationDefinition d = validate(id, form);
        if (!definitions.update(d, form.version(), clock.instant())) {
            throw new ConflictException(messages.get("aggregation.stale"));
        }
        AggregationDefinition after = definitions.get(id).orElseThrow();
        audit.record("aggregation.definition.update", "aggregation_definition", id, AggregationForm.of(before), AggregationForm.of(after));
        return after;
    }

    @Transactional
    public AggregationDefinition setEnabled(long id, boolean enabled, Long version) {
        AggregationDefinition before = get(id);
        if (enabled && before.enabled() == false && definitions.clash(before.indicatorCode(), before.grouping(), before.periodKind(), id).isPresent()) {
            throw new InvalidInputException("indicatorCode", messages.get("aggregation.problem.clash"));
        }
        if (!definitions.setEnabled(id, enabled, version == null ? before.version() : version, clock.instant())) {
            throw new ConflictException(messages.get("aggregation.stale"));
        }
        audit.record(enabled ? "aggregation.definition.enable" : "aggregation.definition.disable", "aggregation_definition", id,
                Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
        return definitions.get(id).orElseThrow();
    }

    /** Starts a recompute of the months from {@code from} to {@code to} (a null type: every record type); returns the job id. */
    @Transactional
    public UUID startRecompute(String from, String to, String type) {
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth first = month("from", from, problems);
        YearMonth last = to == null || to.isBlank() ? first : month("to", to, problems);
        RecordType recordType = null;
        if (type != null && !type.isBlank()) {
            recordType = parse(RecordType.class, "recordType", type, problems);
        }
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("to", to, messages.get("aggregation.problem.toBeforeFrom")));
        }
        if (first != null && last != null && first.plusMonths(settings.maxRecomputeMonths()).isBefore(last)) {
            problems.add(new FieldProblem("to", to, messages.get("aggregation.problem.tooLong", settings.maxRecomputeMonths())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Recompute.Request request = new Recompute.Request("MANUAL", null, recordType, first, last, user.username());
        audit.record("aggregation.recompute", "aggregation_run", first + ".." + last, null,
                Map.of("from", first.toString(), "to", last.toString(), "type", recordType == null ? "ALL" : recordType.name()));
        return jobs.start("aggregation.recompute", progress -> {
            UUID run = recompute.run(request, progress);
            return "/intake/aggregations/recompute";
        });
    }

    /** Starts a failed run's recompute again as a job (HR, admins, tokens with intake:write); returns the job id. */
    public UUID retry(UUID runId) {
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        AggregationRunView run = store.run(runId).orElseThrow(() -> new NotFoundException("aggregation run", runId));
        if (!"FAILED".equals(run.status())) {
            throw new dev.kaohe.platform.ConflictException(messages.get("aggregation.retry.notFailed"));
        }
        audit.record("aggregation.retry", "aggregation_run", runId, null, Map.of("from", run.firstMonth(), "to", run.lastMonth()));
        return jobs.start("aggregation.recompute", progress -> {
            recompute.retry(run);
            return "/intake/aggregations/recompute";
        });
    }

    @Transactional(readOnly = true)
    public List<AggregationRunView> runs() {
        access.requireImporter(CurrentUser.get());
        return store.recentRuns(20);
    }

    /** The lineage of an aggregated actual, within the caller's reach; page counts from 0. */
    @Transactional(readOnly = true)
    public AggregationLineage lineage(long actualId, int page) {
        ActualView actual = actuals.get(actualId);
        AggregateStore.Lineage l = store.lineage(actualId).orElseThrow(() -> new NotFoundException("aggregated actual", actualId));
        AggregationDefinition d = definitions.get(l.definitionId()).orElseThrow();
        AggregationRunView run = store.run(l.runId()).orElseThrow();
        RecordQueries.Spec spec = new RecordQueries.Spec(d.recordType().name(), d.measure(), Field.named(d.field()).orElse(null),
                Field.named(d.secondField()).orElse(null), d.parsedFilter(), d.parsedPartFilter(), d.timeUnit(), d.grouping(), d.periodKind());
        int size = settings.lineagePageSize();
        int p = Math.max(0, page);
        List<ContributingRecord> rows = new ArrayList<>();
        long total = 0;
        List<String> periods = new ArrayList<>(List.of(l.period()));
        if (d.measure() == Measure.GROWTH) {
            periods.add(dev.kaohe.intake.aggregation.domain.ReportingPeriod.parse(l.period()).previous().toString());
        }
        // growth lists this period's records, then the previous period's
        long skip = (long) p * size;
        for (String period : periods) {
            RecordQueries.Cell cell = new RecordQueries.Cell(l.group(), period);
            long count = records.countRecords(spec, cell, l.batches());
            if (rows.size() < size && skip < count) {
                records.records(spec, cell, l.batches(), size - rows.size(), skip).forEach(r -> rows.add(new ContributingRecord(r.id(),
                        r.batchId(), r.fileName(), r.sourceSystem(), r.rowNumber(), r.employeeNo(), r.occurredOn(), r.reference(),
                        r.customer(), r.category(), r.amount(), r.amountDue(), r.score(), r.startedAt(), r.endedAt(), r.supersededBy())));
            }
            skip = Math.max(0, skip - count);
            total += count;
        }
        String explanation = messages.get(l.explanationKey(), l.explanationArgs().toArray());
        if (d.factor().compareTo(BigDecimal.ONE) != 0 && d.measure() != Measure.NET_PROMOTER && d.measure() != Measure.GROWTH
                && !l.explanationKey().contains(".none.")) {
            explanation = explanation + " × " + d.factor().toPlainString();
        }
        return new AggregationLineage(actual, l.grouping().name(), l.subjectName(), d, run, explanation, l.explanationEnglish(),
                l.records(), l.batches(), rows, total, p, size, (int) ((total + size - 1) / size));
    }

    /** Checks every field of the form and names each one that is wrong. */
    AggregationDefinition validate(long id, AggregationForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = f.indicatorCode() == null ? "" : f.indicatorCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(new FieldProblem("indicatorCode", f.indicatorCode(), messages.get("aggregation.problem.required")));
        } else {
            var indicator = definitions.indicator(code);
            if (indicator.isEmpty()) {
                problems.add(new FieldProblem("indicatorCode", f.indicatorCode(), messages.get("aggregation.problem.noIndicator")));
            } else if (!Boolean.parseBoolean(indicator.get()[1])) {
                problems.add(new FieldProblem("indicatorCode", f.indicatorCode(), messages.get("aggregation.problem.inactiveIndicator")));
            }
        }
        RecordType type = parse(RecordType.class, "recordType", f.recordType(), problems);
        Measure measure = parse(Measure.class, "measure", f.measure(), problems);
        Grouping grouping = parse(Grouping.class, "grouping", f.grouping(), problems);
        PeriodKind kind = parse(PeriodKind.class, "periodKind", f.periodKind(), problems);
        String field = null;
        String second = null;
        TimeUnit unit = null;
        if (measure != null) {
            field = field("field", f.field(), measure.needsField(), allowed(measure, true), problems);
            second = field("secondField", f.secondField(), measure.needsSecondField(), allowed(measure, false), problems);
            if (measure == Measure.TIME_BETWEEN) {
                unit = parse(TimeUnit.class, "timeUnit", f.timeUnit(), problems);
            }
        }
        String filter = filter("filter", f.filter(), problems);
        String part = filter("partFilter", f.partFilter(), problems);
        if (measure == Measure.SHARE && part == null && problems.stream().noneMatch(p -> p.field().equals("partFilter"))) {
            problems.add(new FieldProblem("partFilter", f.partFilter(), messages.get("aggregation.problem.partRequired")));
        }
        BigDecimal factor = BigDecimal.ONE;
        if (f.factor() != null && !f.factor().isBlank()) {
            try {
                factor = new BigDecimal(f.factor().strip());
                if (factor.signum() <= 0 || factor.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
                    problems.add(new FieldProblem("factor", f.factor(), messages.get("aggregation.problem.factor")));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("factor", f.factor(), messages.get("aggregation.problem.factor")));
            }
        }
        String description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        if (description != null && description.length() > 300) {
            problems.add(new FieldProblem("description", description.substring(0, 20) + "…", messages.get("aggregation.problem.tooLong300")));
        }
        boolean enabled = f.enabled() == null || f.enabled();
        if (problems.isEmpty() && enabled && definitions.clash(code, grouping, kind, id == 0 ? null : id).isPresent()) {
            problems.add(new FieldProblem("indicatorCode", code, messages.get("aggregation.problem.clash")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AggregationDefinition(id, code, type, measure, field, second, filter, measure == Measure.SHARE ? part : null, unit,
                grouping, kind, factor, description, false, enabled, f.version() == null ? 0 : f.version());
    }

    private static List<Field.Kind> allowed(Measure measure, boolean first) {
        return switch (measure) {
            case COUNT -> List.of();
            case SUM, AVERAGE, RATIO, SHARE, GROWTH -> List.of(Field.Kind.NUMBER, Field.Kind.BOOLEAN);
            case NET_PROMOTER -> List.of(Field.Kind.NUMBER);
            case DISTINCT_COUNT -> List.of(Field.Kind.TEXT, Field.Kind.NUMBER, Field.Kind.BOOLEAN);
            case TIME_BETWEEN -> List.of(Field.Kind.TIMESTAMP);
        };
    }

    private String field(String name, String value, boolean required, List<Field.Kind> kinds, List<FieldProblem> problems) {
        if (!required) {
            return null;
        }
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.required")));
            return null;
        }
        var field = Field.named(value);
        if (field.isEmpty()) {
            problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.noField")));
            return null;
        }
        if (!kinds.contains(field.get().kind()) || (field.get() == Field.RECORDS && kinds.contains(Field.Kind.TEXT))) {
            problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.fieldKind")));
            return null;
        }
        return field.get().column();
    }

    private String filter(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Filter parsed = Filter.parse(value);
            return parsed.conditions().isEmpty() ? null : parsed.toString();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.filter", e.getMessage())));
            return null;
        }
    }

    private YearMonth month(String name, String value, List<FieldProblem> problems) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.month")));
            return null;
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String name, String value, List<FieldProblem> problems) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        problems.add(new FieldProblem(name, value, messages.get("aggregation.problem.oneOf",
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
        return null;
    }
}
