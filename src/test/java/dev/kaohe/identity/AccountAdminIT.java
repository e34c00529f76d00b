package dev.kaohe.identity;

import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.identity.IdentityFixtures.PASSWORD;
import static dev.kaohe.identity.IdentityFixtures.account;
import static dev.kaohe.identity.IdentityFixtures.employee;
import static dev.kaohe.identity.IdentityFixtures.unique;
import static dev.kaohe.support.TestUsers.as;
import static dev.kaohe.support.TestUsers.token;
import static dev.kaohe.support.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdminIT {

    static final CurrentUser ADMIN = user("admin-accounts", null, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAdminCreatesAnAccountLinkedToAnEmployeeAndItSignsInWithTheDerivedEmployeeRole() throws Exception {
        Object[] employee = employee(jdbc);
        String username = unique("new");
        JsonNode created = body(api(post("/api/v1/accounts"), """
                {"username":"%s","displayName":"新同事","employeeNo":"%s","roles":["HR"],"password":"%s"}"""
                .formatted(username, employee[1], PASSWORD)).andExpect(status().isCreated()));

        assertThat(created.get("employeeId").asLong()).isEqualTo((Long) employee[0]);
        assertThat(created.get("roles").toString()).isEqualTo("[\"HR\"]");
        assertThat(created.has("passwordHash")).isFalse();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));

        String audited = jdbc.queryForObject("select after_state from audit_entry where action = 'account.create' and entity_id = ?",
                String.class, created.get("id").asText());
        assertThat(audited).contains(username).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'account.create' and entity_id = ?",
                String.class, created.get("id").asText())).isEqualTo(ADMIN.username());
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        api(post("/api/v1/accounts"), """
                {"username":"x","displayName":"","employeeNo":"NO-SUCH-EMPLOYEE","roles":["EMPLOYEE"],"password":"short"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("employeeNo")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")));

        CurrentUser existing = account(accounts, unique("taken"));
        api(post("/api/v1/accounts"), """
                {"username":"%s","displayName":"重复","roles":[],"password":"%s"}""".formatted(existing.username().toUpperCase(), PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void oneEmployeeHasAtMostOneAccount() throws Exception {
        Object[] employee = employee(jdbc);
        String body = """
                {"username":"%s","displayName":"甲","employeeNo":"%s","roles":[],"password":"%s"}""";
        api(post("/api/v1/accounts"), body.formatted(unique("first"), employee[1], PASSWORD)).andExpect(status().isCreated());
        api(post("/api/v1/accounts"), body.formatted(unique("second"), employee[1], PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employeeNo"));
    }

    @Test
    void rolesChangeWithOptimisticLockingAndTheChangeIsAudited() throws Exception {
        CurrentUser target = account(accounts, unique("roles"), Role.HR);
        JsonNode before = body(api(get("/api/v1/accounts/" + target.accountId()), null).andExpect(status().isOk()));
        long version = before.get("version").asLong();

        api(put("/api/v1/accounts/" + target.accountId()), """
                {"displayName":"审计员","roles":["AUDITOR","FINANCE"],"enabled":true,"version":%d}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("FINANCE"))
                .andExpect(jsonPath("$.roles[1]").value("AUDITOR"));
        api(put("/api/v1/accounts/" + target.accountId()), """
                {"displayName":"过期","roles":["HR"],"enabled":true,"version":%d}""".formatted(version))
                .andExpect(status().isConflict());

        String after = jdbc.queryForObject("select after_state from audit_entry where action = 'account.update' and entity_id = ? order by seq desc limit 1",
                String.class, String.valueOf(target.accountId()));
        assertThat(after).contains("AUDITOR").contains("FINANCE").contains("审计员");
    }

    @Test
    void aDisabledAccountIsRefusedAtSignInAndAnAdminCanUnlockAndResetPasswords() throws Exception {
        CurrentUser target = account(accounts, unique("admin-ops"));
        long version = body(api(get("/api/v1/accounts/" + target.accountId()), null)).get("version").asLong();
        api(put("/api/v1/accounts/" + target.accountId()), """
                {"displayName":"停用","roles":[],"enabled":false,"version":%d}""".formatted(version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(formLogin("/login").user(target.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        jdbc.update("update app_user set enabled = true, failed_logins = 0, locked_until = now() + interval '10 minutes' where id = ?", target.accountId());
        api(get("/api/v1/accounts/" + target.accountId()), null).andExpect(jsonPath("$.locked").value(true));
        api(post("/api/v1/accounts/" + target.accountId() + "/unlock"), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
        mvc.perform(formLogin("/login").user(target.username()).password(PASSWORD)).andExpect(redirectedUrl("/"));

        api(post("/api/v1/accounts/" + target.accountId() + "/password"), "{\"password\":\"short\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        api(post("/api/v1/accounts/" + target.accountId() + "/password"), "{\"password\":\"reset-by-admin-1\"}")
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(target.username()).password("reset-by-admin-1")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'account' and entity_id = ? and action in ('account.unlock', 'account.password.reset')",
                Integer.class, String.valueOf(target.accountId()))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and (coalesce(after_state, '') like '%reset-by-admin-1%' or coalesce(after_state, '') like '%bcrypt%')",
                Integer.class, String.valueOf(target.accountId()))).isZero();
    }

    @Test
    void disablingEndsTheSessionsOfThatPerson() throws Exception {
        CurrentUser target = account(accounts, unique("kick"));
        var cookie = mvc.perform(formLogin("/login").user(target.username()).password(PASSWORD)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
        long version = body(api(get("/api/v1/accounts/" + target.accountId()), null)).get("version").asLong();
        api(put("/api/v1/accounts/" + target.accountId()), """
                {"displayName":"停用","roles":[],"enabled":false,"version":%d}""".formatted(version)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(cookie)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theAccountPagesWork() throws Exception {
        CurrentUser target = account(accounts, unique("page"), Role.FINANCE);
        mvc.perform(get("/admin/accounts").param("q", target.username()).with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(target.username())));
        mvc.perform(get("/admin/accounts/new").with(as(ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts").with(as(ADMIN)).with(csrf())
                        .param("username", "x").param("displayName", "").param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        String username = unique("viaform");
        mvc.perform(post("/admin/accounts").with(as(ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "表单").param("roles", "HR", "AUDITOR")
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ? order by 1",
                String.class, username)).containsExactly("AUDITOR", "HR");

        mvc.perform(get("/admin/accounts/" + target.accountId()).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("role-FINANCE")));
        mvc.perform(post("/admin/accounts/" + target.accountId()).with(as(ADMIN)).with(csrf())
                        .param("displayName", "新名字").param("roles", "EXECUTIVE"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, target.accountId())).isFalse();
        mvc.perform(post("/admin/accounts/" + target.accountId() + "/unlock").with(as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/accounts/" + target.accountId() + "/password").with(as(ADMIN)).with(csrf()).param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        CurrentUser target = account(accounts, unique("target"));
        for (CurrentUser caller : new CurrentUser[]{user("hr-a", null, Role.HR), user("aud-a", null, Role.AUDITOR),
                user("emp-a", 1L), user("exec-a", null, Role.EXECUTIVE), token("tok-a", ApiScope.ALL.toArray(String[]::new))}) {
            mvc.perform(get("/api/v1/accounts").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/accounts/" + target.accountId()).with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/accounts").with(as(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"zzz\",\"displayName\":\"z\",\"password\":\"" + PASSWORD + "\"}")).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/accounts/" + target.accountId()).with(as(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"displayName\":\"z\",\"roles\":[\"ADMIN\"],\"enabled\":true}")).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/accounts/" + target.accountId() + "/unlock").with(as(caller)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/accounts/" + target.accountId() + "/password").with(as(caller)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + PASSWORD + "x\"}")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/new").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/" + target.accountId()).with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + target.accountId()).with(as(caller)).with(csrf()).param("displayName", "z").param("roles", "ADMIN"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + target.accountId() + "/unlock").with(as(caller)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, target.accountId())).isEmpty();
        mvc.perform(get("/api/v1/accounts")).andExpect(status().isUnauthorized());
    }

    private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(as(ADMIN)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
