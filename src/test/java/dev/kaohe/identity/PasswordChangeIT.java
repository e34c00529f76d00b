package dev.kaohe.identity;

import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.identity.IdentityFixtures.PASSWORD;
import static dev.kaohe.identity.IdentityFixtures.account;
import static dev.kaohe.identity.IdentityFixtures.unique;
import static dev.kaohe.support.TestUsers.as;
import static dev.kaohe.support.TestUsers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordChangeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCurrentPasswordMustBeRight() throws Exception {
        CurrentUser user = account(accounts, unique("pw"));
        change(user, "not-my-password", "a-new-password-1", "a-new-password-1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("currentPassword")));
    }

    @Test
    void theNewPasswordMustBeLongEnoughRepeatedAndDifferent() throws Exception {
        CurrentUser user = account(accounts, unique("pw"));
        change(user, PASSWORD, "short", "short")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message", containsString("10")));
        change(user, PASSWORD, "a-new-password-1", "a-new-password-2")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repeatPassword"));
        change(user, PASSWORD, PASSWORD, PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
    }

    @Test
    void afterAChangeOnlyTheNewPasswordSignsIn() throws Exception {
        CurrentUser user = account(accounts, unique("pw"));
        String hashBefore = hash(user);
        change(user, PASSWORD, "a-new-password-1", "a-new-password-1").andExpect(status().isNoContent());

        assertThat(hash(user)).isNotEqualTo(hashBefore).doesNotContain("a-new-password-1");
        mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(user.username()).password("a-new-password-1")).andExpect(redirectedUrl("/"));
        String audited = jdbc.queryForObject("select string_agg(coalesce(after_state, ''), ' ') from audit_entry where entity_type = 'account' and entity_id = ?",
                String.class, String.valueOf(user.accountId()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.password.change' and entity_id = ?",
                Integer.class, String.valueOf(user.accountId()))).isEqualTo(1);
        assertThat(audited).contains(user.username()).doesNotContain("a-new-password-1").doesNotContain(hash(user));
    }

    @Test
    void thePageNamesTheFieldInError() throws Exception {
        CurrentUser user = account(accounts, unique("pw"));
        mvc.perform(get("/account/password").with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword\"")));
        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("10")));
        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "a-new-password-1").param("repeatPassword", "a-new-password-1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordChangeNeedsTheCsrfToken() throws Exception {
        CurrentUser user = account(accounts, unique("pw"));
        mvc.perform(post("/account/password").with(as(user))
                        .param("currentPassword", PASSWORD).param("newPassword", "a-new-password-1").param("repeatPassword", "a-new-password-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokensHaveNoPasswordToChange() throws Exception {
        mvc.perform(post("/api/v1/account/password").with(as(token("crm", ApiScope.ORG_WRITE))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"x\",\"newPassword\":\"a-new-password-1\",\"repeatPassword\":\"a-new-password-1\"}"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions change(CurrentUser user, String current, String next, String repeat) throws Exception {
        return mvc.perform(post("/api/v1/account/password").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\",\"repeatPassword\":\"%s\"}".formatted(current, next, repeat)));
    }

    private String hash(CurrentUser user) {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, user.accountId());
    }
}
