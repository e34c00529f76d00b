package dev.kaohe.audit;

import dev.kaohe.platform.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the audit trail in sequence order, a batch at a time, recomputing every hash and checking that each entry
 * names its predecessor's hash. The first entry that fails is reported; nothing after it can be trusted.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AccessPolicy accessPolicy;
    private final Messages messages;
    private final Clock clock;
    private final int batchSize;

    AuditVerifier(JdbcTemplate jdbc, AccessPolicy accessPolicy, Messages messages, Clock clock,
                  @Value("${kaohe.audit.verify-batch-size:2000}") int batchSize) {
        this.jdbc = jdbc;
        this.accessPolicy = accessPolicy;
        this.messages = messages;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public Verification verify() {
        accessPolicy.requireAuditReader(CurrentUser.get());
        String expectedPrev = AuditTrail.GENESIS;
        long lastSeq = 0;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = jdbc.query("""
                    select seq, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash
                    from audit_entry where seq > ? order by seq limit ?""", AuditVerifier::map, lastSeq, batchSize);
            for (AuditRecord entry : batch) {
                checked++;
                if (!entry.prevHash().equals(expectedPrev)) {
                    return broken(checked, entry.seq(), "PREV_HASH_MISMATCH",
                            messages.get("audit.verify.prevMismatch", entryNumber(entry.seq()), lastSeq == 0 ? "-" : entryNumber(lastSeq)));
                }
                if (!AuditTrail.hash(entry.prevHash(), entry.content()).equals(entry.hash())) {
                    return broken(checked, entry.seq(), "HASH_MISMATCH", messages.get("audit.verify.hashMismatch", entryNumber(entry.seq())));
                }
                expectedPrev = entry.hash();
                lastSeq = entry.seq();
            }
            if (batch.size() < batchSize) {
                return new Verification(true, checked, null, null, messages.get("audit.verify.ok", checked), clock.instant());
            }
        }
    }

    private Verification broken(long checked, long seq, String problem, String detail) {
        return new Verification(false, checked, seq, problem, detail, clock.instant());
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** An entry number is an identifier: shown as 1003, never grouped as 1,003. */
    private static String entryNumber(long seq) {
        return Long.toString(seq);
    }
}
