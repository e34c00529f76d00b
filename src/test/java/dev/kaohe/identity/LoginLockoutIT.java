package dev.kaohe.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import dev.kaohe.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.kaohe.identity.IdentityFixtures.PASSWORD;
import static dev.kaohe.identity.IdentityFixtures.account;
import static dev.kaohe.identity.IdentityFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginLockoutIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordUntilTheLockRunsOut() throws Exception {
        CurrentUser user = account(accounts, unique("lock"));

        for (int i = 0; i < 4; i++) {
            wrongPassword(user.username());
        }
        assertThat(state(user.accountId()).get("locked_until")).isNull();
        assertThat(state(user.accountId()).get("failed_logins")).isEqualTo(4);

        wrongPassword(user.username());
        Timestamp lockedUntil = (Timestamp) state(user.accountId()).get("locked_until");
        assertThat(lockedUntil.toInstant()).isAfter(Instant.now().plusSeconds(14 * 60)).isBefore(Instant.now().plusSeconds(16 * 60));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.lock' and entity_id = ?",
                Integer.class, String.valueOf(user.accountId()))).isEqualTo(1);

        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        // the lock runs out
        jdbc.update("update app_user set locked_until = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), user.accountId());
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(state(user.accountId())).containsEntry("failed_logins", 0).containsEntry("locked_until", null);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        CurrentUser user = account(accounts, unique("reset"));
        for (int i = 0; i < 4; i++) {
            wrongPassword(user.username());
        }
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(state(user.accountId()).get("failed_logins")).isEqualTo(0);
        for (int i = 0; i < 4; i++) {
            wrongPassword(user.username());
        }
        assertThat(state(user.accountId()).get("locked_until")).isNull();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        CurrentUser user = account(accounts, unique("off"));
        jdbc.update("update app_user set enabled = false where id = ?", user.accountId());
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void unknownUsernamesAreRefusedLikeWrongPasswords() throws Exception {
        mvc.perform(formLogin("/login").user(unique("nobody")).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSessionLivesInPostgresqlWhereAnotherNodeFindsIt() throws Exception {
        CurrentUser user = account(accounts, unique("node"));
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()));

        Map<String, Object> row = jdbc.queryForMap(
                "select principal_name, max_inactive_interval from spring_session where session_id = ?", sessionId);
        assertThat(row).containsEntry("principal_name", user.username()).containsEntry("max_inactive_interval", 30 * 60);

        // a second node: its own repository over the same database, sharing nothing in memory
        JdbcIndexedSessionRepository otherNode = new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactionManager));
        Session session = otherNode.findById(sessionId);
        assertThat(session).isNotNull();
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(user.username());

        // a request carrying only the cookie is signed in
        mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
    }

    private void wrongPassword(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
    }

    private Map<String, Object> state(long accountId) {
        return jdbc.queryForMap("select failed_logins, locked_until from app_user where id = ?", accountId);
    }
}
