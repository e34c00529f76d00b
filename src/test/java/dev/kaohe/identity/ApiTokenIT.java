package dev.kaohe.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.identity.IdentityFixtures.unique;
import static dev.kaohe.support.TestUsers.as;
import static dev.kaohe.support.TestUsers.token;
import static dev.kaohe.support.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokenIT {

    static final CurrentUser ADMIN = user("admin-tokens", null, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTokenWorksUntilRevokedAndOnlyItsHashIsStored() throws Exception {
        JsonNode created = create(unique("crm"), "\"audit:read\"");
        String secret = created.get("secret").asText();
        long id = created.get("token").get("id").asLong();
        String prefix = created.get("token").get("prefix").asText();
        assertThat(secret).matches("kh_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}").startsWith("kh_" + prefix + "_");

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", id);
        assertThat(row.get("token_hash")).isEqualTo(sha256(secret));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(secret.substring(12)));
        assertThat(row.get("last_used_at")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where coalesce(after_state, '') like ?",
                Integer.class, "%" + secret.substring(12) + "%")).isZero();

        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/audit/entries").param("entityType", "api_token").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].action", hasItem("token.create")));
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Object.class, id)).isNotNull();

        mvc.perform(get("/api/v1/tokens").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix)))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString(sha256(secret)))));

        mvc.perform(post("/api/v1/tokens/" + id + "/revoke").with(as(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aTokenWithoutTheScopeIsForbiddenAndATokenNeverManagesAccountsOrTokens() throws Exception {
        String orgReader = create(unique("reader"), "\"org:read\"").get("secret").asText();
        mvc.perform(get("/api/v1/audit/entries").header("Authorization", "Bearer " + orgReader)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + orgReader)).andExpect(status().isForbidden());

        String everything = create(unique("all"), "\"org:read\",\"org:write\",\"audit:read\"").get("secret").asText();
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + everything)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"more\",\"scopes\":[\"audit:read\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + everything)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"viatoken\",\"displayName\":\"t\",\"password\":\"long-enough-pw\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownAndExpiredTokensGet401() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer kh_abcdefgh_nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("令牌")));
        JsonNode created = create(unique("short-lived"), "\"audit:read\"");
        jdbc.update("update api_token set expires_at = now() - interval '1 second' where id = ?", created.get("token").get("id").asLong());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + created.get("secret").asText()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badTokenRequestsAreNamedByField() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"scopes\":[\"org:delete\"],\"expiresAt\":\"2000-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("scopes")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("expiresAt")));
    }

    @Test
    void theTokenPageShowsTheSecretOnceAndOnlyAdminsSeeIt() throws Exception {
        String page = mvc.perform(post("/admin/tokens").with(as(ADMIN)).with(csrf())
                        .param("name", unique("page")).param("scopes", "org:read"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"token-secret\"")))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*id=\"token-secret\">(kh_[^<]+)<.*", "$1");
        assertThat(secret).startsWith("kh_");
        mvc.perform(get("/admin/tokens").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))));
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, sha256(secret));
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(as(ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", Object.class, id)).isNotNull();

        for (CurrentUser caller : new CurrentUser[]{user("hr-t", null, Role.HR), user("aud-t", null, Role.AUDITOR),
                user("emp-t", 2L), token("tok-t", ApiScope.ALL.toArray(String[]::new))}) {
            mvc.perform(get("/admin/tokens").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/tokens").with(as(caller)).with(csrf()).param("name", "x").param("scopes", "org:read"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/tokens/" + id + "/revoke").with(as(caller)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/tokens").with(as(caller))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/tokens").with(as(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"x\",\"scopes\":[\"org:read\"]}")).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/tokens/" + id + "/revoke").with(as(caller)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    private JsonNode create(String name, String scopes) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(as(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"scopes\":[%s]}".formatted(name, scopes)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
