package dev.kaohe.audit;

import dev.kaohe.platform.audit.AuditTrail;
import java.util.List;
import java.util.Map;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.kaohe.support.TestUsers.as;
import static dev.kaohe.support.TestUsers.runAs;
import static dev.kaohe.support.TestUsers.token;
import static dev.kaohe.support.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditTrailIT {

    static final CurrentUser AUDITOR = user("auditor-trail", null, Role.AUDITOR);
    static final CurrentUser ADMIN = user("admin-trail", null, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        long seq = append("refuse", Map.of("a", 1));
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, seq)).isEqualTo(AUDITOR.username());
    }

    @Test
    void theVerifierNamesTheFirstEntryWhoseContentWasAlteredBehindTheTriggersBack() {
        append("tamper", Map.of("salary", 100));
        long target = append("tamper", Map.of("salary", 200));
        append("tamper", Map.of("salary", 300));
        assertThat(verify().ok()).isTrue();

        String original = jdbc.queryForObject("select after_state from audit_entry where seq = ?", String.class, target);
        withTriggersDisabled(() -> jdbc.update("update audit_entry set after_state = '{\"salary\":999}' where seq = ?", target));
        try {
            Verification result = verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(target);
            assertThat(result.problem()).isEqualTo("HASH_MISMATCH");
            assertThat(result.detail()).contains(String.valueOf(target));
        } finally {
            withTriggersDisabled(() -> jdbc.update("update audit_entry set after_state = ? where seq = ?", original, target));
        }
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void theVerifierNoticesARemovedEntryAtTheOneThatFollowedIt() {
        append("remove", Map.of("n", 1));
        long removed = append("remove", Map.of("n", 2));
        long next = append("remove", Map.of("n", 3));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", removed);
        withTriggersDisabled(() -> jdbc.update("delete from audit_entry where seq = ?", removed));
        try {
            Verification result = verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(next);
            assertThat(result.problem()).isEqualTo("PREV_HASH_MISMATCH");
        } finally {
            jdbc.update("""
                    insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"),
                    row.get("entity_type"), row.get("entity_id"), row.get("before_state"), row.get("after_state"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void auditorsAndAdminsReadTheTrailPagedAndFilteredNewestFirst() throws Exception {
        long first = append("filter-x", Map.of("v", 1));
        long second = append("filter-x", Map.of("v", 2));
        for (CurrentUser reader : List.of(AUDITOR, ADMIN, token("audit-reader", ApiScope.AUDIT_READ))) {
            mvc.perform(get("/api/v1/audit/entries").param("entityType", "test-filter-x").param("size", "1").with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[0].seq").value(second))
                    .andExpect(jsonPath("$.content[0].after").value("{\"v\":2}"))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
            mvc.perform(get("/api/v1/audit/entries").param("entityType", "test-filter-x").param("page", "1").param("size", "1").with(as(reader)))
                    .andExpect(jsonPath("$.content[0].seq").value(first));
            mvc.perform(get("/api/v1/audit/verify").with(as(reader))).andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
        }
        mvc.perform(get("/api/v1/audit/entries").param("actor", "auditor-tr").param("action", "test.filter").with(as(AUDITOR)))
                .andExpect(jsonPath("$.content[*].seq", hasItem((int) second)));
        mvc.perform(get("/api/v1/audit/entries").param("entityType", "test-filter-x").param("from", "2000-01-01").param("to", "2000-01-02").with(as(AUDITOR)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void theAuditPageListsVerifiesAndExports() throws Exception {
        long seq = append("page", Map.of("shown", "是"));
        mvc.perform(get("/audit").param("entityType", "test-page").with(as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-" + seq + "\"")))
                .andExpect(content().string(containsString("id=\"audit-verify\"")));
        mvc.perform(get("/audit/verify").header("HX-Request", "true").with(as(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("audit-verify-ok")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
        mvc.perform(get("/audit/export").param("entityType", "test-page").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void othersMayNotReadTheTrail() throws Exception {
        for (CurrentUser caller : List.of(user("hr-audit", null, Role.HR), user("exec-audit", null, Role.EXECUTIVE),
                user("fin-audit", null, Role.FINANCE), user("emp-audit", 3L, Role.MANAGER),
                token("org-token", ApiScope.ORG_READ, ApiScope.ORG_WRITE))) {
            mvc.perform(get("/audit").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/verify").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/export").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/entries").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/verify").with(as(caller))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized());
    }

    @Test
    void theTrailIsReadOnlyEvenForAuditors() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/audit/entries")
                        .with(as(AUDITOR)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isMethodNotAllowed());
    }

    private long append(String kind, Object after) {
        long[] seq = new long[1];
        runAs(AUDITOR, () -> transactions.executeWithoutResult(status -> {
            trail.record("test." + kind, "test-" + kind, kind, null, after);
            seq[0] = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        }));
        return seq[0];
    }

    private Verification verify() {
        Verification[] result = new Verification[1];
        runAs(AUDITOR, () -> result[0] = verifier.verify());
        return result[0];
    }

    private void withTriggersDisabled(Runnable sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("alter table audit_entry disable trigger user");
            try {
                sql.run();
            } finally {
                jdbc.execute("alter table audit_entry enable trigger user");
            }
        });
    }
}
