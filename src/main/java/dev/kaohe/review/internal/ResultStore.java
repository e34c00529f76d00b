package dev.kaohe.review.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Result versions, stale marks and the calibration state of cycles, in plain SQL. Versions are only ever added. */
@Repository
public class ResultStore {

    private static final String COLUMNS = """
            id, participant_id, cycle_id, employee_id, version_no, reason_kind, reason, scheme_code, scheme_version, composite,
            final_score, grade_code, grade_zh, grade_en, rank_band, quota_grade, override_grade, override_score, fingerprint,
            derivation, created_by, created_at""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ResultStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Serialises the result writes of one cycle (recalculations, calibration) across threads and nodes. */
    public void lockCycle(long cycleId) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)", Object.class, 0x5245, (int) cycleId);
    }

    /** Like {@link #lockCycle} but gives up at once: false when another transaction (here or on another node) holds it. */
    public boolean tryLockCycle(long cycleId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class, 0x5245, (int) cycleId));
    }

    public StoredResult add(StoredResult r) {
        int next = jdbc.queryForObject("select coalesce(max(version_no), 0) + 1 from review_result where participant_id = ?",
                Integer.class, r.participantId());
        Long id = jdbc.queryForObject("insert into review_result (" + COLUMNS.replace("id, participant_id", "participant_id") + """
                ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                r.participantId(), r.cycleId(), r.employeeId(), next, r.reasonKind(), r.reason(), r.schemeCode(), r.schemeVersion(),
                r.composite(), r.finalScore(), r.gradeCode(), r.gradeZh(), r.gradeEn(), r.rankBand(), r.quotaGrade(),
                r.overrideGrade(), r.overrideScore(), r.fingerprint(), r.derivation(), r.createdBy(), Timestamp.from(r.createdAt()));
        return current(r.participantId()).filter(c -> c.id() == id).orElseThrow();
    }

    public Optional<StoredResult> current(long participantId) {
        return jdbc.query("select " + COLUMNS + " from review_result where participant_id = ? order by version_no desc limit 1",
                ResultStore::row, participantId).stream().findFirst();
    }

    public Optional<StoredResult> version(long participantId, int versionNo) {
        return jdbc.query("select " + COLUMNS + " from review_result where participant_id = ? and version_no = ?",
                ResultStore::row, participantId, versionNo).stream().findFirst();
    }

    public List<StoredResult> versions(long participantId) {
        return jdbc.query("select " + COLUMNS + " from review_result where participant_id = ? order by version_no desc",
                ResultStore::row, participantId);
    }

    /** The current version of each of these participants that has a result. */
    public Map<Long, StoredResult> currentOf(Collection<Long> participantIds) {
        Map<Long, StoredResult> out = new HashMap<>();
        if (participantIds.isEmpty()) {
            return out;
        }
        named.query("select distinct on (participant_id) " + COLUMNS
                        + " from review_result where participant_id in (:ids) order by participant_id, version_no desc",
                new MapSqlParameterSource("ids", participantIds), rs -> {
                    StoredResult r = row(rs, 0);
                    out.put(r.participantId(), r);
                });
        return out;
    }

    /** Whether any result of the cycle carries a rank band (then a change of one participant may move the others). */
    public boolean anyRanked(long cycleId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from review_result where cycle_id = ? and rank_band is not null)", Boolean.class, cycleId));
    }

    /** The participants of the cycle whose self and manager assessments are both submitted. */
    public java.util.Set<Long> bothSubmitted(long cycleId) {
        return new java.util.HashSet<>(jdbc.queryForList("""
                select participant_id from review_form where cycle_id = ? and status = 'SUBMITTED'
                group by participant_id having count(distinct kind) = 2""", Long.class, cycleId));
    }

    /** The current version of every participant of the cycle that has a result. */
    public Map<Long, StoredResult> currentOfCycle(long cycleId) {
        Map<Long, StoredResult> out = new HashMap<>();
        jdbc.query("select distinct on (participant_id) " + COLUMNS
                        + " from review_result where cycle_id = ? order by participant_id, version_no desc",
                rs -> {
                    StoredResult r = row(rs, 0);
                    out.put(r.participantId(), r);
                }, cycleId);
        return out;
    }

    // --- pending calculations

    /** Marks the participant's result as to be computed (again); a later mark only moves the time. */
    public void markPending(long participantId, long cycleId, String reason, Instant now) {
        jdbc.update("""
                insert into review_pending (participant_id, cycle_id, reason, requested_at) values (?, ?, ?, ?)
                on conflict (participant_id) do update set reason = excluded.reason, requested_at = excluded.requested_at""",
                participantId, cycleId, reason, Timestamp.from(now));
    }

    /**
     * Cycles with marks that are due: the newest is older than {@code quietSince} (the submissions have paused), or the
     * oldest is older than {@code overdueSince} (they keep coming; do not make the first ones wait for ever).
     */
    public List<Long> pendingCycles(Instant quietSince, Instant overdueSince) {
        return jdbc.queryForList("""
                select cycle_id from review_pending group by cycle_id
                having max(requested_at) <= ? or min(requested_at) <= ? order by min(requested_at)""",
                Long.class, Timestamp.from(quietSince), Timestamp.from(overdueSince));
    }

    /**
     * Takes (deletes) the cycle's marks in the caller's transaction and answers participant → reason. Run before the
     * inputs are read: a submission committing later leaves a new mark behind, so nothing is missed; if the calculation
     * fails, the rollback puts the marks back.
     */
    public Map<Long, String> takePending(long cycleId) {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("delete from review_pending where cycle_id = ? returning participant_id, reason",
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, cycleId);
        return out;
    }

    public int pendingCount(long cycleId) {
        Integer n = jdbc.queryForObject("select count(*) from review_pending where cycle_id = ?", Integer.class, cycleId);
        return n == null ? 0 : n;
    }

    // --- stale marks

    public void markStale(long participantId, long cycleId, String reason, Instant now) {
        jdbc.update("""
                insert into review_stale (participant_id, cycle_id, since, reason) values (?, ?, ?, ?)
                on conflict (participant_id) do update set reason = excluded.reason""",
                participantId, cycleId, Timestamp.from(now), reason.length() > 500 ? reason.substring(0, 500) : reason);
    }

    public void clearStale(long participantId) {
        jdbc.update("delete from review_stale where participant_id = ?", participantId);
    }

    public Map<Long, String> staleOfCycle(long cycleId) {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("select participant_id, reason from review_stale where cycle_id = ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                }, cycleId);
        return out;
    }

    /** The participants (with their cycle) of the given employees in cycles whose results are not locked. */
    public List<long[]> openParticipations(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return named.query("""
                select p.id, p.cycle_id, p.employee_id from cycle_participant p
                join cycle c on c.id = p.cycle_id
                where p.employee_id in (:employees) and c.status <> 'CLOSED'""",
                new MapSqlParameterSource("employees", employeeIds),
                (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    /** The cycles (newest first, at most 50) in which this person reviews someone. */
    public List<Long> cyclesReviewedBy(long reviewerEmployeeId) {
        return jdbc.queryForList("""
                select distinct cycle_id from cycle_participant where reviewer_employee_id = ? order by cycle_id desc limit 50""",
                Long.class, reviewerEmployeeId);
    }

    // --- calibration state

    public CalibrationState calibration(long cycleId) {
        return jdbc.query("select locked_at, locked_by, published_at, published_by, version from review_calibration where cycle_id = ?",
                rs -> rs.next() ? new CalibrationState(cycleId, instant(rs, 1), rs.getString(2), instant(rs, 3), rs.getString(4), rs.getLong(5))
                        : new CalibrationState(cycleId, null, null, null, null, 0), cycleId);
    }

    public void lock(long cycleId, String by, Instant now) {
        jdbc.update("""
                insert into review_calibration (cycle_id, locked_at, locked_by) values (?, ?, ?)
                on conflict (cycle_id) do update set locked_at = excluded.locked_at, locked_by = excluded.locked_by,
                version = review_calibration.version + 1""", cycleId, Timestamp.from(now), by);
    }

    public void publish(long cycleId, String by, Instant now) {
        jdbc.update("update review_calibration set published_at = ?, published_by = ?, version = version + 1 where cycle_id = ?",
                Timestamp.from(now), by, cycleId);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static StoredResult row(ResultSet rs, int n) throws SQLException {
        return new StoredResult(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("cycle_id"), rs.getLong("employee_id"),
                rs.getInt("version_no"), rs.getString("reason_kind"), rs.getString("reason"), rs.getString("scheme_code"),
                rs.getInt("scheme_version"), rs.getBigDecimal("composite"), rs.getBigDecimal("final_score"),
                rs.getString("grade_code"), rs.getString("grade_zh"), rs.getString("grade_en"), rs.getString("rank_band"),
                rs.getString("quota_grade"), rs.getString("override_grade"), rs.getBigDecimal("override_score"),
                rs.getString("fingerprint"), rs.getString("derivation"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** One stored version; {@code derivation} is JSON. */
    public record StoredResult(long id, long participantId, long cycleId, long employeeId, int versionNo, String reasonKind,
                               String reason, String schemeCode, int schemeVersion, BigDecimal composite, BigDecimal finalScore,
                               String gradeCode, String gradeZh, String gradeEn, String rankBand, String quotaGrade,
                               String overrideGrade, BigDecimal overrideScore, String fingerprint, String derivation,
                               String createdBy, Instant createdAt) {
    }

    /** Whether a cycle's results are locked and published, and by whom. */
    public record CalibrationState(long cycleId, Instant lockedAt, String lockedBy, Instant publishedAt, String publishedBy,
                                   long version) {
        public boolean locked() { return lockedAt != null; }
        public boolean published() { return publishedAt != null; }
    }
}
