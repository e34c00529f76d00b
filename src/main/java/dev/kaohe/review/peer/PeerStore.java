package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Nominations and forms in SQL. Updates carry the version they were based on and answer how many rows changed. */
@Repository
class PeerStore {

    private static final String NOMINATION = """
            select n.*, a.name as assessee_name, p.employee_id as assessee_id, r.name as reviewer_name,
                   coalesce(ru.name, rou.name) as reviewer_unit_name, f.status as form_status
            from peer_nomination n
            join cycle_participant p on p.id = n.participant_id
            join employee a on a.id = p.employee_id
            left join employee r on r.id = n.reviewer_employee_id
            left join org_unit ru on ru.id = n.rater_org_unit_id
            left join org_unit rou on rou.id = r.org_unit_id
            left join peer_form f on f.nomination_id = n.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PeerStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Person(long id, String name, long orgUnitId, String orgUnitName, boolean active) {
    }

    record FormRow(long nominationId, FormStatus status, String caseText, String comment, BigDecimal responseSpeed,
                   BigDecimal cooperation, Instant updatedAt, Instant submittedAt, long version,
                   Map<String, BigDecimal> ratings) {
    }

    /** A submitted answer with what it rated, for sums; {@code unitName} is the rater's department. */
    record Answer(long nominationId, RaterKind kind, String unitName, FormRow form) {
    }

    Optional<Person> person(long employeeId) {
        return jdbc.query("""
                select e.id, e.name, e.org_unit_id, u.name as unit_name, e.status from employee e
                join org_unit u on u.id = e.org_unit_id where e.id = :id""", Map.of("id", employeeId),
                (rs, i) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getLong("org_unit_id"),
                        rs.getString("unit_name"), "ACTIVE".equals(rs.getString("status")))).stream().findFirst();
    }

    long insertNomination(long cycleId, long participantId, RaterKind kind, Long reviewerEmployeeId, String externalName,
                          String externalEmail, String externalCompany, Long raterOrgUnitId, NominationStatus status,
                          String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        boolean decided = status != NominationStatus.PROPOSED;
        jdbc.update("""
                insert into peer_nomination (cycle_id, participant_id, rater_kind, reviewer_employee_id, external_name,
                    external_email, external_company, rater_org_unit_id, status, nominated_by, nominated_at, decided_by, decided_at)
                values (:cycle, :participant, :kind, :reviewer, :name, :email, :company, :unit, :status, :by, :at,
                    :decidedBy, :decidedAt)""", new MapSqlParameterSource()
                .addValue("cycle", cycleId).addValue("participant", participantId).addValue("kind", kind.name())
                .addValue("reviewer", reviewerEmployeeId).addValue("name", externalName).addValue("email", externalEmail)
                .addValue("company", externalCompany).addValue("unit", raterOrgUnitId).addValue("status", status.name())
                .addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("decidedBy", decided ? by : null).addValue("decidedAt", decided ? Timestamp.from(at) : null),
                keys, new String[]{"id"});
        return keys.getKey().longValue();
    }

    Optional<NominationView> nomination(long id) {
        return jdbc.query(NOMINATION + " where n.id = :id", Map.of("id", id), this::mapNomination).stream().findFirst();
    }

    List<NominationView> nominations(long participantId) {
        return jdbc.query(NOMINATION + " where n.participant_id = :p order by n.rater_kind, n.id", Map.of("p", participantId),
                this::mapNomination);
    }

    Optional<NominationView> byTokenHash(String hash, Instant now) {
        return jdbc.query(NOMINATION + " where n.token_hash = :hash and n.status = 'APPROVED' and n.token_expires_at > :now",
                Map.of("hash", hash, "now", Timestamp.from(now)), this::mapNomination).stream().findFirst();
    }

    Page<NominationView> search(Long cycleId, NominationStatus status, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("cycle", cycleId)
                .addValue("status", status == null ? null : status.name())
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        String where = " where (cast(:cycle as bigint) is null or n.cycle_id = :cycle)"
                + " and (cast(:status as varchar) is null or n.status = :status)";
        Long total = jdbc.queryForObject("select count(*) from peer_nomination n" + where, params, Long.class);
        List<NominationView> rows = jdbc.query(NOMINATION + where + " order by n.nominated_at, n.id limit :limit offset :offset",
                params, this::mapNomination);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The approved nominations a person answers, newest cycle first. */
    List<NominationView> assignedTo(long reviewerEmployeeId) {
        return jdbc.query(NOMINATION + " where n.reviewer_employee_id = :r and n.status = 'APPROVED' order by n.cycle_id desc, n.id",
                Map.of("r", reviewerEmployeeId), this::mapNomination);
    }

    int countLive(long participantId, RaterKind kind) {
        Integer count = jdbc.queryForObject("""
                select count(*) from peer_nomination where participant_id = :p and rater_kind = :kind and status <> 'REJECTED'""",
                Map.of("p", participantId, "kind", kind.name()), Integer.class);
        return count == null ? 0 : count;
    }

    boolean liveExists(long participantId, RaterKind kind, Long employeeId, String email) {
        Boolean exists = jdbc.queryForObject("""
                select exists(select 1 from peer_nomination where participant_id = :p and status <> 'REJECTED'
                  and ((rater_kind = :kind and reviewer_employee_id = :e) or lower(external_email) = lower(:email)))""",
                new MapSqlParameterSource().addValue("p", participantId).addValue("kind", kind.name())
                        .addValue("e", employeeId).addValue("email", email), Boolean.class);
        return Boolean.TRUE.equals(exists);
    }

    int decide(long id, long version, NominationStatus status, String by, Instant at, String note) {
        return jdbc.update("""
                update peer_nomination set status = :status, decided_by = :by, decided_at = :at, decision_note = :note,
                    version = version + 1 where id = :id and version = :version""", new MapSqlParameterSource()
                .addValue("status", status.name()).addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("note", note).addValue("id", id).addValue("version", version));
    }

    void setToken(long id, String hash, Instant expires) {
        jdbc.update("update peer_nomination set token_hash = :hash, token_expires_at = :expires, version = version + 1 where id = :id",
                new MapSqlParameterSource().addValue("hash", hash).addValue("expires", expires == null ? null : Timestamp.from(expires))
                        .addValue("id", id));
    }

    // --- forms

    Optional<FormRow> form(long nominationId) {
        return jdbc.query("select * from peer_form where nomination_id = :id", Map.of("id", nominationId),
                (rs, i) -> formRow(rs, ratings(nominationId))).stream().findFirst();
    }

    private Map<String, BigDecimal> ratings(long nominationId) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        jdbc.query("select item_code, rating from peer_rating where nomination_id = :id order by item_code", Map.of("id", nominationId),
                rs -> {
                    out.put(rs.getString("item_code"), rs.getBigDecimal("rating"));
                });
        return out;
    }

    void createForm(long nominationId, Instant now) {
        jdbc.update("""
                insert into peer_form (nomination_id, status, created_at, updated_at) values (:id, 'DRAFT', :now, :now)
                on conflict (nomination_id) do nothing""", Map.of("id", nominationId, "now", Timestamp.from(now)));
    }

    /** Writes the form when it is still at {@code version}; answers false when someone else saved in between. */
    boolean saveForm(long nominationId, long version, FormStatus status, String caseText, String comment,
                     BigDecimal responseSpeed, BigDecimal cooperation, Map<String, BigDecimal> ratings, Instant now) {
        int changed = jdbc.update("""
                update peer_form set status = :status, case_text = :caseText, comment = :comment, response_speed = :speed,
                    cooperation = :coop, updated_at = :now,
                    submitted_at = :submitted, version = version + 1
                where nomination_id = :id and version = :version and status = 'DRAFT'""", new MapSqlParameterSource()
                .addValue("status", status.name()).addValue("caseText", caseText).addValue("comment", comment)
                .addValue("speed", responseSpeed).addValue("coop", cooperation).addValue("now", Timestamp.from(now))
                .addValue("submitted", status == FormStatus.SUBMITTED ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
                .addValue("id", nominationId).addValue("version", version));
        if (changed == 0) {
            return false;
        }
        jdbc.update("delete from peer_rating where nomination_id = :id", Map.of("id", nominationId));
        for (Map.Entry<String, BigDecimal> rating : ratings.entrySet()) {
            jdbc.update("insert into peer_rating (nomination_id, item_code, rating) values (:id, :item, :rating)",
                    Map.of("id", nominationId, "item", rating.getKey(), "rating", rating.getValue()));
        }
        return true;
    }

    /** The submitted answers of approved nominations of a participant, in no particular rater order. */
    List<Answer> answers(long participantId) {
        List<long[]> ids = new java.util.ArrayList<>();
        Map<Long, RaterKind> kinds = new HashMap<>();
        Map<Long, String> units = new HashMap<>();
        jdbc.query("""
                select n.id, n.rater_kind, coalesce(ru.name, rou.name) as unit_name from peer_nomination n
                join peer_form f on f.nomination_id = n.id
                left join employee r on r.id = n.reviewer_employee_id
                left join org_unit ru on ru.id = n.rater_org_unit_id
                left join org_unit rou on rou.id = r.org_unit_id
                where n.participant_id = :p and n.status = 'APPROVED' and f.status = 'SUBMITTED'
                order by f.submitted_at, n.id""", Map.of("p", participantId), rs -> {
            ids.add(new long[]{rs.getLong("id")});
            kinds.put(rs.getLong("id"), RaterKind.valueOf(rs.getString("rater_kind")));
            units.put(rs.getLong("id"), rs.getString("unit_name"));
        });
        return ids.stream().map(id -> new Answer(id[0], kinds.get(id[0]), units.get(id[0]), form(id[0]).orElseThrow())).toList();
    }

    /** Approved nominations without a submitted form, and nominations still waiting for HR. */
    int openCount(long participantId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from peer_nomination n left join peer_form f on f.nomination_id = n.id
                where n.participant_id = :p and (n.status = 'PROPOSED'
                   or (n.status = 'APPROVED' and (f.status is null or f.status <> 'SUBMITTED')))""",
                Map.of("p", participantId), Integer.class);
        return count == null ? 0 : count;
    }

    private NominationView mapNomination(ResultSet rs, int row) throws SQLException {
        String formStatus = rs.getString("form_status");
        return new NominationView(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("participant_id"),
                rs.getLong("assessee_id"), rs.getString("assessee_name"), RaterKind.valueOf(rs.getString("rater_kind")),
                (Long) rs.getObject("reviewer_employee_id", Long.class), rs.getString("reviewer_name"),
                rs.getString("reviewer_unit_name"), rs.getString("external_name"), rs.getString("external_email"),
                rs.getString("external_company"), NominationStatus.valueOf(rs.getString("status")),
                rs.getString("nominated_by"), instant(rs, "nominated_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_note"),
                formStatus == null ? FormStatus.NOT_STARTED : FormStatus.valueOf(formStatus), rs.getLong("version"));
    }

    private static FormRow formRow(ResultSet rs, Map<String, BigDecimal> ratings) throws SQLException {
        return new FormRow(rs.getLong("nomination_id"), FormStatus.valueOf(rs.getString("status")), rs.getString("case_text"),
                rs.getString("comment"), rs.getBigDecimal("response_speed"), rs.getBigDecimal("cooperation"),
                instant(rs, "updated_at"), instant(rs, "submitted_at"), rs.getLong("version"), ratings);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
