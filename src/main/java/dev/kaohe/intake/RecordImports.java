package dev.kaohe.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.internal.Period;
import dev.kaohe.intake.internal.records.CheckPipeline;
import dev.kaohe.intake.internal.records.DateWindow;
import dev.kaohe.intake.internal.records.RecordCorrections;
import dev.kaohe.intake.internal.records.Field;
import dev.kaohe.intake.internal.records.RecordCopy;
import dev.kaohe.intake.internal.records.RecordForm;
import dev.kaohe.intake.internal.records.RecordSheets;
import dev.kaohe.intake.internal.records.RecordStore;
import dev.kaohe.intake.internal.records.RowChecker;
import dev.kaohe.intake.internal.records.UploadChunks;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.jobs.BackgroundJobs;
import dev.kaohe.platform.jobs.JobProgress;
import dev.kaohe.platform.sheets.SheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports business records (orders, collections, leads, surveys, complaints, training, knowledge-base
 * contributions, cross-department requests).
 *
 * <p>Upload: the dry run reads the file once (a file checked in the background is first streamed into
 * intake_upload_chunk and read back by the job), checks it row by row and writes the valid rows with COPY straight into business_record, in one transaction, together with
 * every problem. The batch is RUNNING while that happens and PREVIEWED after; aggregation reads only COMMITTED
 * batches, so the rows stay invisible. A cancelled or failed dry run rolls back; a killed one leaves a RUNNING
 * batch that {@link #recover} marks FAILED at the next start. Commit flips the batch to COMMITTED (refused
 * while there are problems, unless the person chose VALID_ROWS) and then, outside the transaction, publishes
 * {@link RecordsCommitted}. The same content committed before makes the batch DUPLICATE and changes nothing.
 */
@Service
public class RecordImports {

    private static final Logger log = LoggerFactory.getLogger(RecordImports.class);
    private static final int PROGRESS_EVERY = 10_000;

    private final RecordStore store;
    private final UploadChunks chunks;
    private final RecordSettings settings;
    private final IntakeSettings intakeSettings;
    private final IntakeAccess access;
    private final Messages messages;
    private final AuditTrail audit;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final JsonMapper json;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final RecordCorrections corrections;

    RecordImports(RecordStore store, UploadChunks chunks, RecordSettings settings, IntakeSettings intakeSettings,
                  IntakeAccess access, Messages messages, AuditTrail audit, BackgroundJobs jobs, Clock clock, JsonMapper json,
                  DataSource dataSource, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                  RecordCorrections corrections) {
        this.corrections = corrections;
        this.store = store;
        this.chunks = chunks;
        this.settings = settings;
        this.intakeSettings = intakeSettings;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
        this.json = json;
        this.dataSource = dataSource;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A stored upload; {@code jobId} is the background dry run, null when it already ran in the request. */
    public record Started(UUID batchId, UUID jobId) {
    }

    public List<Field> fields(RecordType type) {
        return RecordForm.of(type).fields();
    }

    /**
     * Runs the dry run of an upload. A file checked in the request is read once: the same pass parses, checks and
     * copies the rows and computes the content hash; nothing is stored. A file checked in the background (from
     * {@code background-from-bytes}) must outlive the request, so it is streamed into intake_upload_chunk first and
     * the job reads it back.
     */
    public Started upload(RecordType type, String fileName, InputStream content, long size, String sourceSystem) {
        return upload(type, fileName, content, size, sourceSystem, null);
    }

    /**
     * Stores an upload and runs its dry run; {@code period} (a month 2025-07 or a quarter 2025Q3, blank for none)
     * makes rows dated outside it problems.
     */
    public Started upload(RecordType type, String fileName, InputStream content, long size, String sourceSystem, String period) {
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        String chosenPeriod = chosenPeriod(period);
        expireOldPreviews();
        UUID id = UUID.randomUUID();
        long start = System.nanoTime();
        boolean background = size >= settings.backgroundFromBytes();
        ownTransaction.executeWithoutResult(tx -> {
            store.insert(new RecordStore.NewBatch(id, type, "UPLOAD", blankToNull(sourceSystem), fileName == null ? "upload" : fileName,
                    "0".repeat(64), null, user.accountId(), user.displayName(), clock.instant(), BatchStatus.RUNNING, CommitMode.ALL_OR_NOTHING));
            if (background) {
                MessageDigest digest = digest(type);
                chunks.store(id, content, digest, settings.chunkBytes());
                store.hash(id, HexFormat.of().formatHex(digest.digest()));
            }
            corrections.period(id, chosenPeriod);
            audit.record("intake.records.upload", "intake_batch", id, null, Map.of("type", type.name(), "file", String.valueOf(fileName)));
        });
        if (background) {
            log.debug("Stored upload {} ({} bytes) in {} ms", id, size, (System.nanoTime() - start) / 1_000_000);
            UUID job = jobs.start("intake.records.check", progress -> {
                try (InputStream stored = chunks.open(id)) {
                    check(id, stored, null, size, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return "/intake/records/batches/" + id;
            });
            return new Started(id, job);
        }
        check(id, content, digest(type), size, JobProgress.NONE);
        return new Started(id, null);
    }

    private static MessageDigest digest(RecordType type) {
        MessageDigest digest = sha256();
        digest.update(("records:" + type.name() + ":").getBytes(StandardCharsets.UTF_8));
        return digest;
    }

    /**
     * The dry run: reads the upload, checks every row, writes valid rows and problems; see the class comment. With a
     * {@code digest}, the content hash is computed from the same pass and stored with the result.
     */
    private void check(UUID id, InputStream content, MessageDigest digest, long size, JobProgress progress) {
        RecordBatchView batch = store.batch(id).orElseThrow();
        RecordForm form = RecordForm.of(batch.type());
        try {
            ownTransaction.executeWithoutResult(tx -> {
                RowChecker checker = new RowChecker(form, store.employees(), settings).within(window(corrections.periodOf(id)));
                Connection connection = DataSourceUtils.getConnection(dataSource);
                InputStream source = digest == null ? content : new DigestInputStream(content, digest);
                try (RecordCopy copy = new RecordCopy(connection, id, batch.type())) {
                    CountingStream in = new CountingStream(source);
                    long start = System.nanoTime();
                    read(id, in, checker, copy, size, progress);
                    long read = System.nanoTime();
                    copy.finish();
                    log.debug("Checked batch {}: {} rows read and copied in {} ms, copy ended and problems written in {} ms", id,
                            copy.records(), (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
                    if (digest != null) {
                        in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file even when reading stopped early
                        store.hash(id, HexFormat.of().formatHex(digest.digest()));
                    }
                    store.checked(id, copy.records(), copy.problems(), copy.rowsWithProblems(), checker.firstDay(),
                            checker.lastDay(), clock.instant());
                    corrections.rowsHash(id, checker.rowsHash());
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            boolean cancelled = e instanceof JobProgress.JobCancelledException;
            ownTransaction.executeWithoutResult(tx -> {
                store.fail(id, cancelled ? messages.get("intake.records.cancelled") : String.valueOf(e.getMessage()), clock.instant());
                audit.record(cancelled ? "intake.records.cancel" : "intake.records.fail", "intake_batch", id, null,
                        Map.of("message", String.valueOf(e.getMessage())));
            });
            throw e;
        }
    }

    /**
     * Reads, checks and formats the rows on a thread of its own while this thread feeds the COPY (see
     * {@link CheckPipeline}); progress and cancel stay on this thread.
     */
    private void read(UUID id, CountingStream in, RowChecker checker, RecordCopy copy, long size, JobProgress progress) {
        int fields = checker.form().fields().size();
        try (CheckPipeline pipeline = new CheckPipeline("record-check-" + id, copy, (sink, counter) -> {
            try {
                SheetReader.stream(in, new SheetReader.Rows() {
                    private int[] index;
                    private boolean missingColumns;
                    private int rows;

                    @Override
                    public void header(SheetReader.Row header) {
                        List<RowChecker.Problem> problems = new ArrayList<>();
                        index = checker.header(header.cells(), header.number(), problems);
                        problems.forEach(sink::problem);
                        missingColumns = !problems.isEmpty();
                    }

                    @Override
                    public boolean row(SheetReader.Row row) {
                        if (missingColumns) {
                            return false;
                        }
                        if (++rows > settings.maxRows()) {
                            sink.problem(new RowChecker.Problem(row.number(), "file", "", "tooManyRows", Integer.toString(settings.maxRows())));
                            return false;
                        }
                        counter.row(in.count);
                        String[] values = new String[fields];
                        for (int f = 0; f < fields; f++) {
                            values[f] = index[f] < 0 ? null : row.cell(index[f]);
                        }
                        checker.check(row.number(), values, sink);
                        return true;
                    }
                });
            } catch (SheetReader.UnreadableFile e) {
                sink.problem(new RowChecker.Problem(0, "file", "", e.reasonKey, null));
            }
        })) {
            pipeline.run(PROGRESS_EVERY, (rows, bytes) -> {
                progress.checkCancelled();
                progress.update(bytes, size, messages.get("intake.records.progress.check", rows));
            });
            log.debug("Batch {}: waited {} ms for checked rows, {} ms writing them to the COPY", id, pipeline.waitedMillis(),
                    pipeline.writingMillis());
        }
    }

    public RecordBatchView batch(UUID id) {
        access.requireImporter(CurrentUser.get());
        return store.batch(id).orElseThrow(() -> new NotFoundException("batch", id));
    }

    public Page<RecordBatchView> batches(RecordType type, Pageable pageable) {
        access.requireImporter(CurrentUser.get());
        return store.batches(type, pageable);
    }

    public RecordPreview preview(UUID id) {
        RecordBatchView batch = batch(id);
        List<IntakeProblem> problems = store.problems(id, intakeSettings.previewListLimit()).stream()
                .map(p -> problem(batch.type(), p)).toList();
        return new RecordPreview(batch, problems, store.committedWithHash(contentHash(id), id)
                .or(() -> corrections.committedWithRows(corrections.rowsHashOf(id), id).flatMap(store::batch)).orElse(null));
    }

    private String contentHash(UUID id) {
        return store.hashOf(id);
    }

    /** Writes every problem of the batch as .xlsx (the rows a VALID_ROWS commit left out, once committed). */
    public void problemsXlsx(UUID id, OutputStream out) {
        RecordBatchView batch = batch(id);
        RecordSheets.problemsXlsx(List.of(messages.get("intake.problems.row"), messages.get("intake.problems.column"),
                        messages.get("intake.problems.value"), messages.get("intake.problems.reason")),
                each -> ownTransaction.executeWithoutResult(tx -> store.eachProblem(id, p -> each.accept(problem(batch.type(), p)))), out);
    }

    /**
     * Commits a checked batch. ALL_OR_NOTHING refuses a batch with problems (400, nothing changes); VALID_ROWS
     * commits the valid rows and counts the rest as skipped. Large batches continue as a background job.
     */
    public RecordResult commit(UUID id, CommitMode mode) {
        RecordBatchView batch = batch(id);
        CommitMode chosen = mode == null ? CommitMode.ALL_OR_NOTHING : mode;
        if (!batch.committable()) {
            throw new ConflictException(messages.get(batch.status() == BatchStatus.RUNNING ? "intake.records.stillRunning" : "intake.alreadyCommitted"));
        }
        if (chosen == CommitMode.ALL_OR_NOTHING && batch.problems() > 0) {
            throw invalid(store.problems(id, intakeSettings.previewListLimit()).stream().map(p -> problem(batch.type(), p)).toList());
        }
        if (batch.rows() == 0) {
            throw new InvalidInputException("rows", messages.get("intake.records.noValidRows"));
        }
        if (!Boolean.TRUE.equals(ownTransaction.execute(tx -> store.move(id, BatchStatus.PREVIEWED, BatchStatus.RUNNING)))) {
            throw new ConflictException(messages.get("intake.alreadyCommitted"));
        }
        if (batch.rows() >= settings.backgroundFromRows()) {
            UUID job = jobs.start("intake.records.commit", progress -> {
                finishCommit(batch, chosen, progress);
                return "/intake/records/batches/" + id;
            });
            return new RecordResult(id, batch.type(), BatchStatus.RUNNING, chosen, batch.rows(), 0, null, job, List.of());
        }
        return finishCommit(batch, chosen, JobProgress.NONE);
    }

    private RecordResult finishCommit(RecordBatchView batch, CommitMode mode, JobProgress progress) {
        UUID id = batch.id();
        RecordBatchView done;
        RecordCorrections.Changed[] changed = {null};
        try {
            progress.checkCancelled();
            done = ownTransaction.execute(tx -> {
                var earlier = store.committedWithHash(store.hashOf(id), id).map(RecordBatchView::id)
                        .or(() -> corrections.committedWithRows(corrections.rowsHashOf(id), id));
                if (earlier.isPresent()) {
                    store.duplicate(id, earlier.get(), clock.instant());
                    chunks.delete(id);
                    audit.record("intake.records.duplicate", "intake_batch", id, null, Map.of("duplicateOf", earlier.get()));
                } else {
                    store.committed(id, mode, clock.instant());
                    changed[0] = corrections.supersede(id);
                    chunks.delete(id);
                    audit.record("intake.records.commit", "intake_batch", id, null, Map.of("type", batch.type().name(),
                            "file", String.valueOf(batch.fileName()), "mode", mode.name(), "rows", batch.rows(),
                            "skipped", mode == CommitMode.VALID_ROWS ? batch.rowsWithProblems() : 0));
                }
                return store.batch(id).orElseThrow();
            });
        } catch (DuplicateKeyException race) {
            ownTransaction.executeWithoutResult(tx -> store.fail(id, race.getMostSpecificCause().getMessage(), clock.instant()));
            throw new ConflictException(messages.get("intake.concurrent"));
        } catch (RuntimeException e) {
            boolean cancelled = e instanceof JobProgress.JobCancelledException;
            ownTransaction.executeWithoutResult(tx -> store.fail(id,
                    cancelled ? messages.get("intake.records.cancelled") : String.valueOf(e.getMessage()), clock.instant()));
            throw e;
        }
        if (done.status() == BatchStatus.COMMITTED) {
            publish(done, changed[0], progress);
        }
        return result(done, List.of());
    }

    /**
     * After the commit (or a withdrawal): listeners (aggregation) recompute the months the batch touched and those of
     * the rows whose supersession changed, in this thread.
     */
    private void publish(RecordBatchView batch, RecordCorrections.Changed changed, JobProgress progress) {
        RecordCorrections.Changed days = changed == null ? new RecordCorrections.Changed(batch.firstDay(), batch.lastDay(), 0)
                : RecordCorrections.around(batch, changed);
        if (days.firstDay() == null) {
            return;
        }
        progress.update(batch.rows(), (long) batch.rows(), messages.get("intake.records.progress.aggregate"));
        try {
            events.publishEvent(new RecordsCommitted(batch.id(), batch.type(), YearMonth.from(days.firstDay()),
                    YearMonth.from(days.lastDay())));
        } catch (RuntimeException e) {
            log.warn("Recomputing after records batch {} failed; the batch stays committed", batch.id(), e);
            ownTransaction.executeWithoutResult(tx -> store.message(batch.id(),
                    messages.get("intake.records.aggregationFailed", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The REST ingestion: checks the rows and commits them in one transaction. ALL_OR_NOTHING answers 400 with
     * every problem and writes nothing; VALID_ROWS commits the valid rows and lists the rest. The same
     * Idempotency-Key with the same rows answers the first result; with other rows, 409.
     */
    public RecordResult ingest(RecordType type, List<Map<String, Object>> rows, CommitMode mode, String idempotencyKey) {
        CurrentUser user = CurrentUser.get();
        access.requireImporter(user);
        CommitMode chosen = mode == null ? CommitMode.ALL_OR_NOTHING : mode;
        String key = blankToNull(idempotencyKey);
        MessageDigest digest = sha256();
        digest.update(("records-api:" + type.name() + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(json.writeValueAsBytes(rows == null ? List.of() : rows));
        String hash = HexFormat.of().formatHex(digest.digest());
        if (key != null) {
            var earlier = store.byKey(user.accountId(), key);
            if (earlier.isPresent()) {
                if (!store.hashOf(earlier.get().id()).equals(hash)) {
                    throw new ConflictException(messages.get("intake.keyReused"));
                }
                return result(earlier.get(), List.of());
            }
        }
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("rows", messages.get("intake.noRows"));
        }
        if (rows.size() > settings.apiMaxRows()) {
            throw new InvalidInputException("rows", messages.get("intake.problem.tooManyRows", settings.apiMaxRows()));
        }
        RecordForm form = RecordForm.of(type);
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowChecker probe = new RowChecker(form, Map.of(), settings);
            for (String name : probe.unknownKeys(rows.get(i))) {
                unknown.add(new FieldProblem("rows[" + i + "]." + name, null, messages.get("intake.records.problem.unknownField")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        UUID id = UUID.randomUUID();
        List<IntakeProblem> listed = new ArrayList<>();
        RecordBatchView done;
        RecordCorrections.Changed[] changed = {null};
        try {
            done = ownTransaction.execute(tx -> {
                store.insert(new RecordStore.NewBatch(id, type, "API", null, null, hash, key, user.accountId(), user.displayName(),
                        clock.instant(), BatchStatus.RUNNING, chosen));
                RowChecker checker = new RowChecker(form, store.employees(), settings).within(window(null));
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try (RecordCopy copy = new RecordCopy(connection, id, type)) {
                    RowChecker.Sink sink = new RowChecker.Sink() {
                        @Override
                        public void record(int row, String[] columns) {
                            copy.record(row, columns);
                        }

                        @Override
                        public void problem(RowChecker.Problem problem) {
                            if (listed.size() < intakeSettings.previewListLimit()) {
                                listed.add(RecordImports.this.problem(type, problem));
                            }
                            copy.problem(problem);
                        }
                    };
                    for (int i = 0; i < rows.size(); i++) {
                        checker.check(i + 1, checker.values(rows.get(i)), sink);
                    }
                    copy.finish();
                    if (chosen == CommitMode.ALL_OR_NOTHING && copy.problems() > 0) {
                        throw invalid(listed);
                    }
                    if (copy.records() == 0) {
                        throw invalid(listed);
                    }
                    store.checked(id, copy.records(), copy.problems(), copy.rowsWithProblems(), checker.firstDay(), checker.lastDay(),
                            clock.instant());
                    corrections.rowsHash(id, checker.rowsHash());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                var earlier = store.committedWithHash(hash, id).map(RecordBatchView::id)
                        .or(() -> corrections.committedWithRows(corrections.rowsHashOf(id), id));
                if (earlier.isPresent()) {
                    store.duplicate(id, earlier.get(), clock.instant());
                    audit.record("intake.records.duplicate", "intake_batch", id, null, Map.of("duplicateOf", earlier.get()));
                } else {
                    store.committed(id, chosen, clock.instant());
                    changed[0] = corrections.supersede(id);
                    audit.record("intake.records.commit", "intake_batch", id, null, Map.of("type", type.name(), "channel", "API",
                            "mode", chosen.name(), "rows", rows.size()));
                }
                return store.batch(id).orElseThrow();
            });
        } catch (DuplicateKeyException sameKeyOrContentMeanwhile) {
            throw new ConflictException(messages.get("intake.concurrent"));
        }
        if (done.status() == BatchStatus.COMMITTED) {
            publish(done, changed[0], JobProgress.NONE);
        }
        return result(done, chosen == CommitMode.VALID_ROWS ? listed : List.of());
    }

    /**
     * Withdraws a committed batch (HR and admins, with a reason): its rows stop counting, the rows it superseded
     * become current again unless a later batch supersedes them, and aggregation recomputes the months concerned.
     */
    public RecordBatchView withdraw(UUID id, String reason) {
        CurrentUser user = CurrentUser.get();
        if (!user.hasAny(Role.HR, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("batches are withdrawn by HR and admins");
        }
        RecordBatchView batch = store.batch(id).orElseThrow(() -> new NotFoundException("batch", id));
        String why = blankToNull(reason);
        if (why == null) {
            throw new InvalidInputException("reason", messages.get("intake.records.withdraw.reasonRequired"));
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", messages.get("intake.records.withdraw.reasonTooLong", 500));
        }
        RecordCorrections.Changed changed = ownTransaction.execute(tx -> {
            var done = corrections.withdraw(id, user.displayName(), why, clock.instant());
            if (done.isEmpty()) {
                throw new ConflictException(messages.get("intake.records.withdraw.notCommitted"));
            }
            audit.record("intake.records.withdraw", "intake_batch", id, null, Map.of("type", batch.type().name(),
                    "file", String.valueOf(batch.fileName()), "rows", batch.rows(), "reason", why,
                    "restored", done.get().supersededByBatch()));
            return done.get();
        });
        RecordBatchView withdrawn = store.batch(id).orElseThrow();
        publish(withdrawn, changed, JobProgress.NONE);
        return store.batch(id).orElseThrow();
    }

    /** How the batch was withdrawn, when it was. */
    public java.util.Optional<RecordCorrections.Withdrawal> withdrawal(UUID id) {
        batch(id);
        return corrections.withdrawal(id);
    }

    /** How many rows of earlier batches this batch superseded when it committed. */
    public int superseded(UUID id) {
        batch(id);
        return corrections.supersededCount(id);
    }

    /** The chosen period in its stored form (2025-07, 2025Q3), null for none; unreadable text is a field error. */
    private String chosenPeriod(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        return Period.parse(period).orElseThrow(() -> new InvalidInputException("period", messages.get("intake.problem.badPeriod")));
    }

    private DateWindow window(String period) {
        return DateWindow.of(java.time.LocalDate.now(clock.withZone(settings.zone())), intakeSettings.futureToleranceDays(),
                intakeSettings.maxAgeMonths(), period);
    }

    public Page<RecordView> records(RecordFilter filter, Pageable pageable) {
        return store.search(filter, access.visibility(CurrentUser.get()), pageable);
    }

    /** The records the filter matches as .xlsx, streamed; at most the rows a sheet can hold. */
    public void recordsXlsx(RecordFilter filter, OutputStream out) {
        var visibility = access.visibility(CurrentUser.get());
        RecordForm form = RecordForm.of(filter.type());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> titles = new ArrayList<>();
        form.fields().forEach(f -> titles.add(f.header(locale)));
        titles.add(messages.get("intake.records.batch"));
        titles.add(messages.get("intake.problems.row"));
        RecordSheets.recordsXlsx(form, titles, settings.zone(),
                each -> ownTransaction.executeWithoutResult(tx -> store.each(filter, visibility, 1_048_575, each)), out);
    }

    public byte[] templateXlsx(RecordType type) {
        access.requireImporter(CurrentUser.get());
        return RecordSheets.templateXlsx(RecordForm.of(type), messages.get("intake.records.type." + type.name()),
                List.of(messages.get("intake.records.help1"), messages.get("intake.records.help2"), messages.get("intake.records.help3"),
                        messages.get("intake.records.help4"), messages.get("intake.records.help5." + type.name())));
    }

    public byte[] templateCsv(RecordType type) {
        access.requireImporter(CurrentUser.get());
        return RecordSheets.templateCsv(RecordForm.of(type));
    }

    /** At start: batches a stopped process left RUNNING become FAILED and lose their rows; old previews expire. */
    @EventListener(ApplicationReadyEvent.class)
    public void recover() {
        int failed = ownTransaction.execute(tx -> store.recover(clock.instant()));
        if (failed > 0) {
            log.warn("Marked {} record batch(es) interrupted by a stopped server as failed and removed their rows", failed);
        }
        expireOldPreviews();
    }

    /** Uploads checked but not committed within the retention are removed (they also expire on every new upload). */
    public int expireOldPreviews() {
        return ownTransaction.execute(tx -> store.expire(clock.instant().minus(settings.previewRetention()),
                messages.get("intake.records.expired"), clock.instant()));
    }

    private IntakeProblem problem(RecordType type, RowChecker.Problem p) {
        Locale locale = LocaleContextHolder.getLocale();
        RecordForm form = RecordForm.of(type);
        String column = form.field(p.field()).map(f -> f.header(locale)).orElse("");
        String reason;
        if (p.reason().startsWith("import.")) {
            reason = messages.get("intake." + p.reason());
        } else if ("earlierThan".equals(p.reason())) {
            reason = messages.get("intake.records.problem.earlierThan", form.field(p.argument()).map(f -> f.header(locale)).orElse(p.argument()));
        } else {
            reason = messages.get("intake.records.problem." + p.reason(), p.argument() == null ? "" : p.argument());
        }
        return new IntakeProblem(p.row(), column, p.value() == null ? "" : p.value(), reason);
    }

    private InvalidInputException invalid(List<IntakeProblem> problems) {
        List<FieldProblem> fields = new ArrayList<>();
        for (IntakeProblem p : problems) {
            fields.add(new FieldProblem(messages.get("intake.location", String.valueOf(p.row()), p.column()), p.value(), p.reason()));
        }
        if (fields.isEmpty()) {
            fields.add(new FieldProblem("rows", null, messages.get("intake.records.noValidRows")));
        }
        return new InvalidInputException(fields);
    }

    private RecordResult result(RecordBatchView b, List<IntakeProblem> skipped) {
        int left = b.mode() == CommitMode.VALID_ROWS ? b.rowsWithProblems() : 0;
        return new RecordResult(b.id(), b.type(), b.status(), b.mode(), b.rows(), left, b.duplicateOf(), null, skipped);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts the bytes read, for the progress bar. Closing it leaves the stream under it open (the CSV parser closes
     * what it reads; the rest of the file still goes through the content hash, and the stream's owner closes it).
     */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner of the stream under it closes that
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
