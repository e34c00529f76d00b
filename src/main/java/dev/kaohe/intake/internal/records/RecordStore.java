package dev.kaohe.intake.internal.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.kaohe.identity.Visibility;
import dev.kaohe.intake.BatchStatus;
import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.RecordBatchView;
import dev.kaohe.intake.RecordFilter;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordView;
import dev.kaohe.intake.internal.Store;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of record batches, their problems and the committed records. */
@Component
public class RecordStore {

    private static final String BATCH = """
            select id, record_type, channel, source_system, file_name, importer_name, created_at, checked_at, finished_at,
                   status, commit_mode, row_count, problem_count, skipped_count, first_day, last_day, duplicate_of, message
              from intake_batch""";
    private static final String RECORD = """
            select r.id, r.record_type, r.batch_id, r.row_number, r.employee_id, r.employee_no, r.occurred_on, r.reference,
                   r.customer, r.customer_tier, r.product_line, r.channel, r.region_code, r.new_customer, r.lead_source,
                   r.category, r.severity, r.amount, r.amount_due, r.nps, r.csat, r.ces, r.passed, r.started_at,
                   r.first_response_at, r.ended_at, r.superseded_by
              from business_record r join intake_batch b on b.id = r.batch_id and b.status = 'COMMITTED'""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    /** Fetches in pages (inside a transaction), for streaming exports. */
    private final NamedParameterJdbcTemplate streaming;

    RecordStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
        JdbcTemplate paged = new JdbcTemplate(jdbc.getDataSource());
        paged.setFetchSize(5_000);
        this.streaming = new NamedParameterJdbcTemplate(paged);
    }

    public record NewBatch(UUID id, RecordType type, String channel, String sourceSystem, String fileName, String hash,
                           String idempotencyKey, long importedBy, String importerName, Instant at, BatchStatus status,
                           CommitMode mode) {
    }

    public void insert(NewBatch b) {
        jdbc.update("""
                insert into intake_batch (id, record_type, channel, source_system, file_name, content_hash, idempotency_key,
                                          imported_by, importer_name, created_at, status, commit_mode)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", b.id(), b.type().name(), b.channel(), b.sourceSystem(),
                b.fileName(), b.hash(), b.idempotencyKey(), b.importedBy(), b.importerName(), Timestamp.from(b.at()),
                b.status().name(), b.mode().name());
    }

    /** Every employee number with its id: a batch may name anyone, including people who have left since. */
    public java.util.Map<String, Long> employees() {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select employee_no, id from employee", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    public void message(UUID id, String message) {
        jdbc.update("update intake_batch set message = ? where id = ?", message.substring(0, Math.min(1000, message.length())), id);
    }

    public String hashOf(UUID id) {
        return jdbc.queryForObject("select content_hash from intake_batch where id = ?", String.class, id);
    }

    public void hash(UUID id, String hash) {
        jdbc.update("update intake_batch set content_hash = ? where id = ?", hash, id);
    }

    public Optional<RecordBatchView> batch(UUID id) {
        return jdbc.query(BATCH + " where id = ? and record_type is not null", RecordStore::batchRow, id).stream().findFirst();
    }

    public Optional<RecordBatchView> committedWithHash(String hash, UUID other) {
        return jdbc.query(BATCH + " where content_hash = ? and status = 'COMMITTED' and id <> ?", RecordStore::batchRow, hash, other)
                .stream().findFirst();
    }

    public Optional<RecordBatchView> byKey(long importedBy, String key) {
        return jdbc.query(BATCH + " where imported_by = ? and idempotency_key = ? and record_type is not null",
                RecordStore::batchRow, importedBy, key).stream().findFirst();
    }

    public Page<RecordBatchView> batches(RecordType type, Pageable pageable) {
        String where = " where record_type is not null" + (type == null ? "" : " and record_type = '" + type.name() + "'");
        Long total = jdbc.queryForObject("select count(*) from intake_batch" + where, Long.class);
        List<RecordBatchView> content = jdbc.query(BATCH + where + " order by created_at desc limit ? offset ?",
                RecordStore::batchRow, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Moves a batch from one status to another; false when it was not in {@code from}. */
    public boolean move(UUID id, BatchStatus from, BatchStatus to) {
        return jdbc.update("update intake_batch set status = ? where id = ? and status = ?", to.name(), id, from.name()) == 1;
    }

    /** The dry run has finished: RUNNING → PREVIEWED with its counts. */
    public void checked(UUID id, long rows, long problems, long rowsWithProblems, LocalDate firstDay, LocalDate lastDay, Instant at) {
        jdbc.update("""
                update intake_batch set status = 'PREVIEWED', row_count = ?, problem_count = ?, skipped_count = ?,
                       first_day = ?, last_day = ?, checked_at = ? where id = ?""",
                (int) rows, (int) problems, (int) rowsWithProblems, date(firstDay), date(lastDay), Timestamp.from(at), id);
    }

    public void committed(UUID id, CommitMode mode, Instant at) {
        jdbc.update("""
                update intake_batch set status = 'COMMITTED', commit_mode = ?, created_count = row_count,
                       skipped_count = case when ? = 'VALID_ROWS' then skipped_count else 0 end, finished_at = ?
                 where id = ?""", mode.name(), mode.name(), Timestamp.from(at), id);
    }

    public void duplicate(UUID id, UUID of, Instant at) {
        jdbc.update("update intake_batch set status = 'DUPLICATE', duplicate_of = ?, finished_at = ? where id = ?",
                of, Timestamp.from(at), id);
        deleteRows(id);
    }

    /** Marks the batch FAILED (unless it was committed) and removes what it wrote and kept. */
    public void fail(UUID id, String message, Instant at) {
        jdbc.update("update intake_batch set status = 'FAILED', message = ?, finished_at = ? where id = ? and status <> 'COMMITTED'",
                message == null ? null : message.substring(0, Math.min(1000, message.length())), Timestamp.from(at), id);
        deleteRows(id);
        jdbc.update("delete from intake_upload_chunk where batch_id = ?", id);
    }

    public void deleteRows(UUID id) {
        jdbc.update("delete from business_record where batch_id = ?", id);
    }

    /**
     * Batches a stopped process left RUNNING become FAILED, and whatever rows failed or duplicate batches still
     * have are removed (a killed process may have left them in any state). Returns the batches marked.
     */
    public int recover(Instant at) {
        int failed = jdbc.update("""
                update intake_batch set status = 'FAILED', message = 'interrupted: the server stopped', finished_at = ?
                 where record_type is not null and status = 'RUNNING'""", Timestamp.from(at));
        jdbc.update("""
                delete from business_record r using intake_batch b
                 where b.id = r.batch_id and b.status in ('FAILED', 'DUPLICATE')""");
        jdbc.update("""
                delete from intake_upload_chunk c using intake_batch b
                 where b.id = c.batch_id and b.status in ('FAILED', 'DUPLICATE', 'COMMITTED')""");
        return failed;
    }

    /** Previewed uploads older than {@code before} are marked FAILED and their rows, file and problems removed. */
    public int expire(Instant before, String message, Instant at) {
        List<UUID> old = jdbc.queryForList("""
                select id from intake_batch where record_type is not null and status = 'PREVIEWED' and created_at < ?""",
                UUID.class, Timestamp.from(before));
        for (UUID id : old) {
            fail(id, message, at);
            jdbc.update("delete from intake_record_problem where batch_id = ?", id);
        }
        return old.size();
    }

    public List<RowChecker.Problem> problems(UUID id, int limit) {
        return jdbc.query("""
                select row_number, field, value, reason, argument from intake_record_problem where batch_id = ?
                 order by row_number, field limit ?""", RecordStore::problemRow, id, limit);
    }

    /** Every problem of a batch, streamed in row order. */
    public void eachProblem(UUID id, Consumer<RowChecker.Problem> each) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select row_number, field, value, reason, argument from intake_record_problem where batch_id = ?
                     order by row_number, field""");
            statement.setFetchSize(5_000);
            statement.setObject(1, id);
            return statement;
        }, rs -> {
            each.accept(problemRow(rs, 0));
        });
    }

    public Page<RecordView> search(RecordFilter filter, Visibility visibility, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String condition = where(filter, visibility, params);
        Long total = named.queryForObject("select count(*) from business_record r join intake_batch b on b.id = r.batch_id and b.status = 'COMMITTED'"
                + condition, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<RecordView> content = named.query(RECORD + condition
                + " order by r.occurred_on desc, r.id desc limit :limit offset :offset", params, RecordStore::recordRow);
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Every record the filter matches, streamed (for the Excel export), at most {@code limit}. */
    public void each(RecordFilter filter, Visibility visibility, int limit, Consumer<RecordView> each) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String condition = where(filter, visibility, params);
        params.addValue("limit", limit);
        streaming.query(RECORD + condition + " order by r.occurred_on desc, r.id desc limit :limit", params,
                rs -> {
                    each.accept(recordRow(rs, 0));
                });
    }

    private static String where(RecordFilter filter, Visibility visibility, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        List<String> reach = new ArrayList<>();
        Store.reach(visibility, reach, params);
        reach.forEach(r -> where.add(r.replace("employee_id", "r.employee_id")));
        where.add("r.record_type = :type");
        if (filter.batchId() == null) {
            where.add("r.superseded_by is null"); // a batch's own list shows its superseded rows too, marked
        }
        params.addValue("type", filter.type().name());
        if (filter.employeeNo() != null && !filter.employeeNo().isBlank()) {
            where.add("r.employee_no = :no");
            params.addValue("no", filter.employeeNo().strip());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            where.add("r.reference = :reference");
            params.addValue("reference", filter.reference().strip());
        }
        if (filter.from() != null) {
            where.add("r.occurred_on >= :from");
            params.addValue("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("r.occurred_on <= :to");
            params.addValue("to", filter.to());
        }
        if (filter.batchId() != null) {
            where.add("r.batch_id = :batch");
            params.addValue("batch", filter.batchId());
        }
        return " where " + String.join(" and ", where);
    }

    private static RowChecker.Problem problemRow(ResultSet rs, int n) throws SQLException {
        return new RowChecker.Problem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static RecordBatchView batchRow(ResultSet rs, int n) throws SQLException {
        return new RecordBatchView(rs.getObject("id", UUID.class), RecordType.valueOf(rs.getString("record_type")),
                rs.getString("channel"), rs.getString("source_system"), rs.getString("file_name"), rs.getString("importer_name"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("checked_at")), instant(rs.getTimestamp("finished_at")),
                BatchStatus.valueOf(rs.getString("status")), CommitMode.valueOf(rs.getString("commit_mode")),
                rs.getInt("row_count"), rs.getInt("problem_count"), rs.getInt("skipped_count"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getObject("duplicate_of", UUID.class), rs.getString("message"));
    }

    private static RecordView recordRow(ResultSet rs, int n) throws SQLException {
        return new RecordView(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")), rs.getObject("batch_id", UUID.class),
                rs.getInt("row_number"), rs.getLong("employee_id"), rs.getString("employee_no"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("reference"), rs.getString("customer"),
                rs.getString("customer_tier"), rs.getString("product_line"), rs.getString("channel"), rs.getString("region_code"),
                (Boolean) rs.getObject("new_customer"), rs.getString("lead_source"), rs.getString("category"),
                rs.getString("severity"), strip(rs.getBigDecimal("amount")), strip(rs.getBigDecimal("amount_due")),
                (Integer) intOrNull(rs, "nps"), (Integer) intOrNull(rs, "csat"), strip(rs.getBigDecimal("ces")),
                (Boolean) rs.getObject("passed"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("first_response_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
                rs.getObject("superseded_by", UUID.class));
    }

    private static Object intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
