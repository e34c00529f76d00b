package dev.kaohe.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the tamper-evident audit trail. It is infrastructure every module writes through, so it
 * lives in the open platform module; reading and verifying the trail is the audit module's. Every write of every module calls {@link #record} inside its
 * own transaction, so the entry commits or rolls back with the change it describes.
 */
@Service
public class AuditTrail {

    public static final String GENESIS = "0".repeat(64);
    public static final String SYSTEM = "system";
    /** Serialises appends across transactions and app nodes, so the chain has one order. */
    private static final long CHAIN_LOCK = 0x4b616f6865L;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param action     what happened, e.g. {@code employee.update}
     * @param entityType e.g. {@code employee}
     * @param entityId   the record's id, may be null for bulk actions
     * @param before     the state before (any object serialisable to JSON), null on create
     * @param after      the state after, null on delete
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
        append(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), toJson(before), toJson(after)));
    }

    private void append(AuditEntry entry) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
        String prevHash = jdbc.query("select hash from audit_entry order by seq desc limit 1",
                rs -> rs.next() ? rs.getString(1) : GENESIS);
        String hash = hash(prevHash, entry);
        jdbc.update("""
                insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                java.sql.Timestamp.from(entry.occurredAt()), entry.actor(), entry.action(), entry.entityType(),
                entry.entityId(), entry.before(), entry.after(), prevHash, hash);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? text : json.writeValueAsString(state);
    }

    /** SHA-256 over the previous hash and the canonical form of the entry. */
    public static String hash(String prevHash, AuditEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
            digest.update(entry.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One entry's content, without its chain fields. */
    public record AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId,
                             String before, String after) {

        /** Fields in a fixed order, each length-prefixed so no two entries share a canonical form. */
        public String canonical() {
            StringBuilder out = new StringBuilder();
            for (String field : new String[]{occurredAt.toString(), actor, action, entityType, entityId, before, after}) {
                if (field == null) {
                    out.append("-1:");
                } else {
                    out.append(field.length()).append(':').append(field);
                }
                out.append('|');
            }
            return out.toString();
        }
    }
}
