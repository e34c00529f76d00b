package dev.kaohe.org.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kaohe.platform.sheets.SheetReader;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.jobs.JobProgress;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing employees from a sheet. Checking writes nothing; committing writes all rows or none, and only
 * when the file has no problem. Importing a file that matches the stored organisation changes nothing.
 * Only people who maintain the organisation (HR, admins, tokens with {@code org:write}) may import.
 */
@Service
public class OrgImport {

    private static final int HELP_LINES = 7;

    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final ImportBatches batches;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;
    private final ImportProperties properties;
    private final Clock clock;

    OrgImport(ImportPlanner planner, ImportWriter writer, ImportBatches batches, AccessPolicy access, AuditTrail audit,
              Messages messages, ImportProperties properties, Clock clock) {
        this.planner = planner;
        this.writer = writer;
        this.batches = batches;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Dry run: every problem and every change the file would make; nothing is written. */
    @Transactional(readOnly = true)
    public ImportReport check(String fileName, byte[] content) {
        access.requireOrgManager(CurrentUser.get());
        return report(null, fileName, plan(content), false);
    }

    /** Checks and, when the file has no problem, commits it in one transaction (the API's {@code dryRun=false}). */
    @Transactional
    public ImportReport importNow(String fileName, byte[] content) {
        access.requireOrgManager(CurrentUser.get());
        ImportPlan plan = plan(content);
        requireValid(plan);
        writer.apply(plan, JobProgress.NONE);
        auditBatch(null, fileName, sha256(content), plan);
        return report(null, fileName, plan, true);
    }

    /** Keeps an uploaded file for preview and a later commit, possibly served by another app node. */
    @Transactional
    public UUID upload(String fileName, byte[] content) {
        CurrentUser user = CurrentUser.get();
        access.requireOrgManager(user);
        Instant now = clock.instant();
        batches.deletePreviewsBefore(now.minus(properties.previewRetention()));
        UUID id = UUID.randomUUID();
        batches.insert(id, safeName(fileName), content, sha256(content), user.accountId(), now);
        return id;
    }

    /** The report of a stored upload, against the organisation as it is now. */
    @Transactional(readOnly = true)
    public ImportReport preview(UUID batchId) {
        ImportBatches.Batch batch = batch(batchId);
        if (batch.committed()) {
            Map<String, Integer> none = Map.of();
            return new ImportReport(batch.id(), batch.fileName(), true,
                    new ImportReport.Summary(0, count(batch.created()), count(batch.changed()), count(batch.unchanged()), 0, none),
                    List.of(), List.of(), null);
        }
        return report(batch.id(), batch.fileName(), plan(batch.content()), false);
    }

    /**
     * Commits a stored upload. {@code fingerprint} is what the preview showed: if the organisation changed
     * since, the plan differs and the commit is refused, so what is written is exactly what was previewed.
     * Of two concurrent commits of one upload, one writes and the other is refused. A null fingerprint
     * skips the comparison (the upload is still checked in full and applied at most once).
     */
    @Transactional
    public ImportReport commit(UUID batchId, String fingerprint) {
        return commit(batchId, fingerprint, JobProgress.NONE);
    }

    /** The same, reporting progress per employee; cancelling rolls the whole import back. */
    @Transactional
    public ImportReport commit(UUID batchId, String fingerprint, JobProgress progress) {
        CurrentUser user = CurrentUser.get();
        ImportBatches.Batch batch = batch(batchId);
        if (batch.committed() || !batches.markCommitted(batchId, user.accountId(), clock.instant())) {
            throw new ConflictException(messages.get("import.conflict.alreadyCommitted"));
        }
        ImportPlan plan = plan(batch.content());
        requireValid(plan);
        if (fingerprint != null && !fingerprint.equals(plan.fingerprint())) {
            throw new ConflictException(messages.get("import.conflict.stale"));
        }
        writer.apply(plan, progress);
        batches.recordCounts(batchId, plan.creates().size(), plan.updates().size(), plan.unchanged());
        auditBatch(batchId, batch.fileName(), batch.sha256(), plan);
        return report(batchId, batch.fileName(), plan, true);
    }

    /** The template: Chinese headers, an example row, and the valid department, position and region codes. */
    @Transactional(readOnly = true)
    public byte[] templateXlsx() {
        access.requireOrgManager(CurrentUser.get());
        List<String> help = new ArrayList<>();
        for (int i = 1; i <= HELP_LINES; i++) {
            help.add(messages.get("import.help." + i));
        }
        return Workbooks.template(planner.references(), help);
    }

    public byte[] templateCsv() {
        access.requireOrgManager(CurrentUser.get());
        return Workbooks.csvTemplate();
    }

    /** Every problem of a stored upload as a workbook (the page lists only the first ones). */
    @Transactional(readOnly = true)
    public byte[] problemsXlsx(UUID batchId) {
        ImportReport report = preview(batchId);
        return Workbooks.problems(report.problems(), List.of(messages.get("import.problems.row"),
                messages.get("import.problems.column"), messages.get("import.problems.value"), messages.get("import.problems.reason")));
    }

    private ImportBatches.Batch batch(UUID batchId) {
        CurrentUser user = CurrentUser.get();
        access.requireOrgManager(user);
        return batches.find(batchId, user.accountId()).orElseThrow(() -> new NotFoundException("import", batchId));
    }

    private ImportPlan plan(byte[] content) {
        try {
            SheetReader.Sheet sheet = SheetReader.read(content, properties.maxRows());
            return planner.plan(sheet, properties.maxRows());
        } catch (SheetReader.UnreadableFile e) {
            return ImportPlan.failed(new ImportPlan.Problem(0, "", "", e.reasonKey, List.of()));
        }
    }

    private void requireValid(ImportPlan plan) {
        if (!plan.valid()) {
            List<FieldProblem> problems = new ArrayList<>();
            for (ImportReport.Problem problem : problems(plan)) {
                problems.add(new FieldProblem(messages.get("import.location", String.valueOf(problem.row()), problem.column()),
                        problem.value(), problem.reason()));
            }
            throw new InvalidInputException(problems);
        }
    }

    private void auditBatch(UUID batchId, String fileName, String sha256, ImportPlan plan) {
        if (plan.creates().isEmpty() && plan.updates().isEmpty()) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("sha256", sha256);
        after.put("rows", plan.rows());
        after.put("created", plan.creates().size());
        after.put("changed", plan.updates().size());
        after.put("unchanged", plan.unchanged());
        audit.record("org.import", "org_import", batchId, null, after);
    }

    private ImportReport report(UUID batchId, String fileName, ImportPlan plan, boolean committed) {
        Map<String, Integer> changedFields = new LinkedHashMap<>();
        plan.changedFieldCounts().forEach((column, count) -> changedFields.put(column.key(), count));
        List<ImportReport.Change> changes = new ArrayList<>();
        plan.creates().forEach(p -> changes.add(new ImportReport.Change(p.row(), p.after().employeeNo(), p.after().name(),
                "new", List.of())));
        plan.updates().forEach(p -> changes.add(new ImportReport.Change(p.row(), p.after().employeeNo(), p.after().name(),
                "changed", p.changed().stream().map(ImportColumn::key).toList())));
        changes.sort(java.util.Comparator.comparingInt(ImportReport.Change::row));
        List<ImportReport.Problem> problems = problems(plan);
        return new ImportReport(batchId, fileName, committed,
                new ImportReport.Summary(plan.rows(), plan.creates().size(), plan.updates().size(), plan.unchanged(),
                        problems.size(), changedFields),
                problems, changes, plan.valid() ? plan.fingerprint() : null);
    }

    private List<ImportReport.Problem> problems(ImportPlan plan) {
        return plan.problems().stream()
                .map(p -> new ImportReport.Problem(p.row(), p.column(), p.value(), messages.get(p.reasonKey(), p.args().toArray())))
                .toList();
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
