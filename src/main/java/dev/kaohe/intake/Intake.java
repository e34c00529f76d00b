package dev.kaohe.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.intake.internal.ActualSheets;
import dev.kaohe.intake.internal.Checked;
import dev.kaohe.intake.internal.Checker;
import dev.kaohe.intake.internal.Column;
import dev.kaohe.intake.internal.Store;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.jobs.BackgroundJobs;
import dev.kaohe.platform.jobs.JobProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports indicator actuals: upload → dry run listing every problem → commit all-or-nothing, and the same
 * through the REST API in one step. The same content is committed once; an API call repeated with the same
 * idempotency key answers the first result and writes nothing.
 */
@Service
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Store store;
    private final Checker checker;
    private final IntakeAccess access;
    private final IntakeSettings settings;
    private final Messages messages;
    private final AuditTrail audit;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;

    Intake(Store store, Checker checker, IntakeAccess access, IntakeSettings settings, Messages messages, AuditTrail audit,
           BackgroundJobs jobs, Clock clock, JsonMapper json, PlatformTransactionManager transactions,
           ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.checker = checker;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps an uploaded file for its dry run and commit; returns the batch id. */
    public UUID upload(String fileName, byte[] content, String sourceSystem) {
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        UUID id = UUID.randomUUID();
        ownTransaction.executeWithoutResult(tx -> store.insert(new Store.NewBatch(id, "UPLOAD", blankToNull(sourceSystem),
                fileName == null ? "upload" : fileName, content, sha256(content), null, user.accountId(), user.displayName(),
                clock.instant(), BatchStatus.PREVIEWED)));
        return id;
    }

    public Preview preview(UUID id) {
        BatchView batch = batch(id);
        if (batch.status() == BatchStatus.COMMITTED && batch.mode() == CommitMode.VALID_ROWS) {
            // the file is kept: its problems are the rows the commit left out
            ActualSheets.Parsed parsed = parse(id);
            return new Preview(batch, batch.rowCount(), checker.check(parsed.rows(), Column::header).problems(), null);
        }
        if (batch.status() != BatchStatus.PREVIEWED) {
            return new Preview(batch, batch.rowCount(), List.of(), null);
        }
        ActualSheets.Parsed parsed = parse(id);
        List<IntakeProblem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(checker.check(parsed.rows(), Column::header).problems());
        }
        return new Preview(batch, parsed.rows().size(), problems, store.committedWithHash(batch.contentHash()).orElse(null));
    }

    public byte[] problemsXlsx(UUID id) {
        return ActualSheets.problemsXlsx(preview(id).problems(), List.of(messages.get("intake.problems.row"),
                messages.get("intake.problems.column"), messages.get("intake.problems.value"), messages.get("intake.problems.reason")));
    }

    public byte[] templateXlsx() {
        return ActualSheets.templateXlsx(List.of(messages.get("intake.template.help1"), messages.get("intake.template.help2"),
                messages.get("intake.template.help3"), messages.get("intake.template.help4")));
    }

    public byte[] templateCsv() {
        return ActualSheets.templateCsv();
    }

    public BatchView batch(UUID id) {
        access.requireImporter(CurrentUser.get());
        return store.batch(id).orElseThrow(() -> new NotFoundException("batch", id));
    }

    public List<BatchView> recent() {
        access.requireImporter(CurrentUser.get());
        return store.recent(20);
    }

    /**
     * Commits a previewed upload. Problems answer 400 and change nothing; large batches continue as a background
     * job (the result then has status RUNNING and the job id).
     */
    public IntakeResult commit(UUID id) {
        return commit(id, CommitMode.ALL_OR_NOTHING);
    }

    /**
     * Commits a previewed upload. ALL_OR_NOTHING: problems answer 400 and change nothing. VALID_ROWS: the valid
     * rows are committed and the rows with problems left out (listed in the result and on the batch page); a
     * file that cannot be read, or has no valid row, still answers 400.
     */
    public IntakeResult commit(UUID id, CommitMode mode) {
        CommitMode chosen = mode == null ? CommitMode.ALL_OR_NOTHING : mode;
        BatchView batch = batch(id);
        if (batch.status() != BatchStatus.PREVIEWED) {
            throw new ConflictException(messages.get("intake.alreadyCommitted"));
        }
        ActualSheets.Parsed parsed = parse(id);
        if (!parsed.problems().isEmpty()) {
            throw invalid(parsed.problems());
        }
        Checked checked = checker.check(parsed.rows(), Column::header);
        if (!checked.valid() && (chosen == CommitMode.ALL_OR_NOTHING || checked.lines().isEmpty())) {
            throw invalid(checked.problems());
        }
        if (!ownTransaction.execute(tx -> store.move(id, BatchStatus.PREVIEWED, BatchStatus.RUNNING))) {
            throw new ConflictException(messages.get("intake.alreadyCommitted"));
        }
        if (checked.lines().size() >= settings.backgroundFrom()) {
            UUID job = jobs.start("intake.commit", progress -> {
                write(id, batch, checked, chosen, progress);
                return "/intake/batches/" + id;
            });
            return new IntakeResult(id, BatchStatus.RUNNING, checked.lines().size(), 0, 0, 0, null, job, chosen,
                    skippedRows(checked), checked.problems());
        }
        return write(id, batch, checked, chosen, JobProgress.NONE);
    }

    /** The REST ingestion: checks, then commits in one step. */
    public IntakeResult ingest(List<ActualRow> rows, String idempotencyKey) {
        return ingest(rows, idempotencyKey, CommitMode.ALL_OR_NOTHING);
    }

    /** The REST ingestion: checks, then commits in one step; VALID_ROWS commits the valid rows and lists the rest. */
    public IntakeResult ingest(List<ActualRow> rows, String idempotencyKey, CommitMode mode) {
        CommitMode chosen = mode == null ? CommitMode.ALL_OR_NOTHING : mode;
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        String key = blankToNull(idempotencyKey);
        byte[] canonical = json.writeValueAsBytes(rows == null ? List.of() : rows);
        String hash = sha256(canonical);
        if (key != null) {
            var earlier = store.byKey(user.accountId(), key);
            if (earlier.isPresent()) {
                if (!earlier.get().contentHash().equals(hash)) {
                    throw new ConflictException(messages.get("intake.keyReused"));
                }
                return result(earlier.get(), null);
            }
        }
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("rows", messages.get("intake.noRows"));
        }
        if (rows.size() > settings.maxRows()) {
            throw new InvalidInputException("rows", messages.get("intake.problem.tooManyRows", settings.maxRows()));
        }
        List<Checker.Numbered> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Checker.Numbered(i + 1, rows.get(i)));
        }
        Checked checked = checker.check(numbered, Column::field);
        if (!checked.valid() && (chosen == CommitMode.ALL_OR_NOTHING || checked.lines().isEmpty())) {
            throw invalid(checked.problems());
        }
        String source = rows.stream().map(ActualRow::sourceSystem).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
        UUID id = UUID.randomUUID();
        try {
            ownTransaction.executeWithoutResult(tx -> store.insert(new Store.NewBatch(id, "API", source, null, null, hash, key,
                    user.accountId(), user.displayName(), clock.instant(), BatchStatus.RUNNING)));
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            throw new ConflictException(messages.get("intake.concurrent"));
        }
        return write(id, store.batch(id).orElseThrow(), checked, chosen, JobProgress.NONE);
    }

    /** Writes the actuals and the batch's result in one transaction; on failure the batch is marked FAILED. */
    private IntakeResult write(UUID id, BatchView batch, Checked checked, CommitMode mode, JobProgress progress) {
        int skipped = skippedRows(checked);
        try {
            return transaction.execute(tx -> {
                store.mode(id, mode, mode == CommitMode.VALID_ROWS ? skipped : 0);
                var earlier = store.committedWithHash(batch.contentHash());
                if (earlier.isPresent()) {
                    store.finish(id, BatchStatus.DUPLICATE, checked.lines().size(), 0, 0, 0, earlier.get().id(), null, clock.instant());
                    audit.record("intake.duplicate", "intake_batch", id, null, Map.of("duplicateOf", earlier.get().id()));
                    return result(store.batch(id).orElseThrow(), checked);
                }
                Map<String, Store.Current> current = store.current(checked.lines());
                List<Long> retire = new ArrayList<>();
                List<Store.Insert> inserts = new ArrayList<>();
                int created = 0;
                int replaced = 0;
                int unchanged = 0;
                for (Checked.Line line : checked.lines()) {
                    Store.Current now = current.get(Store.key(line.employeeId(), line.indicatorCode(), line.period()));
                    if (now == null) {
                        inserts.add(new Store.Insert(line, 1));
                        created++;
                    } else if (now.value().compareTo(line.value()) == 0) {
                        unchanged++;
                    } else {
                        retire.add(now.id());
                        inserts.add(new Store.Insert(line, now.version() + 1));
                        replaced++;
                    }
                }
                store.retire(retire);
                int total = inserts.size();
                for (int from = 0; from < total; from += 1000) {
                    progress.checkCancelled();
                    store.insert(id, batch.sourceSystem(), inserts.subList(from, Math.min(total, from + 1000)), clock.instant());
                    progress.update(Math.min(total, from + 1000), (long) total, messages.get("intake.progress"));
                }
                store.finish(id, BatchStatus.COMMITTED, checked.lines().size(), created, replaced, unchanged, null, null, clock.instant());
                audit.record("intake.commit", "intake_batch", id, null, Map.of("file", String.valueOf(batch.fileName()),
                        "rows", checked.lines().size(), "created", created, "replaced", replaced, "unchanged", unchanged,
                        "mode", mode.name(), "skipped", mode == CommitMode.VALID_ROWS ? skipped : 0));
                if (!inserts.isEmpty()) {
                    events.publishEvent(new ActualsChanged(inserts.stream().map(i -> new ActualsChanged.Key(i.line().employeeId(),
                            i.line().indicatorCode(), i.line().period())).toList()));
                }
                return result(store.batch(id).orElseThrow(), checked);
            });
        } catch (DuplicateKeyException race) {
            // another batch committed the same content, or a value for the same person, indicator and period, meanwhile
            ownTransaction.executeWithoutResult(tx -> store.fail(id, race.getMostSpecificCause().getMessage(), clock.instant()));
            throw new ConflictException(messages.get("intake.concurrent"));
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(tx -> store.fail(id, e.getMessage(), clock.instant()));
            throw e;
        }
    }

    /** A batch left RUNNING by a stopped process wrote nothing (its transaction rolled back): show it as failed. */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedBatches() {
        int failed = store.failAbandoned(clock.instant());
        if (failed > 0) {
            log.warn("Marked {} intake batch(es) interrupted by a stopped server as failed", failed);
        }
    }

    private ActualSheets.Parsed parse(UUID id) {
        byte[] content = store.content(id);
        return ActualSheets.read(content == null ? new byte[0] : content, settings.maxRows(), messages::get);
    }

    private InvalidInputException invalid(List<IntakeProblem> problems) {
        List<FieldProblem> fields = new ArrayList<>();
        for (IntakeProblem p : problems) {
            fields.add(new FieldProblem(messages.get("intake.location", String.valueOf(p.row()), p.column()), p.value(), p.reason()));
        }
        return new InvalidInputException(fields);
    }

    private static IntakeResult result(BatchView b, Checked checked) {
        boolean validRows = b.mode() == CommitMode.VALID_ROWS;
        return new IntakeResult(b.id(), b.status(), b.rowCount(), b.created(), b.replaced(), b.unchanged(), b.duplicateOf(), null,
                b.mode(), validRows ? b.skipped() : 0, validRows && checked != null ? checked.problems() : List.of());
    }

    /** Rows with at least one problem. */
    private static int skippedRows(Checked checked) {
        return (int) checked.problems().stream().mapToInt(IntakeProblem::row).distinct().count();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
