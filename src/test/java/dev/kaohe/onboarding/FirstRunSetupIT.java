package dev.kaohe.onboarding;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start of a fresh installation, told in order. It runs on a database of its own, because the
 * shared test database may already hold an administrator created by another test.
 */
@SpringBootTest(properties = {"kaohe.embedded-db.data-dir=target/pg-setup-test", "kaohe.setup.redirect-anonymous=true"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupIT {

    private static final String ADMIN_PASSWORD = "admin-secret-42";
    private static final String DEMO_PASSWORD = "demo-secret-42";

    @Autowired
    MockMvc mvc;
    @Autowired
    SetupTokens tokens;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void beforeSetupEveryPageOfAnAnonymousVisitorLeadsToSetup() throws Exception {
        assertThat(accountService.adminExists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from setup_token", Integer.class))
                .as("the token printed at start").isPositive();

        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/setup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"setup-token\"")))
                .andExpect(content().string(containsString("id=\"load-demo\"")))
                .andExpect(content().string(containsString("id=\"setup-submit\"")));
        mvc.perform(get("/css/kaohe.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/setup")).andExpect(status().isOk()).andExpect(jsonPath("$.pending").value(true));
    }

    @Test
    @Order(2)
    void aSignedInCallerIsNeverSentToSetup() throws Exception {
        mvc.perform(get("/").with(TestUsers.as(TestUsers.user("someone", null, Role.HR))))
                .andExpect(status().isOk());
    }

    @Test
    @Order(3)
    void aWrongTokenIsAnErrorOnTheTokenField() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("token", "aaaa-bbbb-cccc-dddd-eeee-ffff-gggg-hhhh")
                        .param("username", "root")
                        .param("displayName", "系统管理员")
                        .param("password", ADMIN_PASSWORD)
                        .param("passwordRepeat", ADMIN_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"setup-token-error\"")))
                .andExpect(content().string(not(containsString("id=\"admin-username-error\""))))
                .andExpect(content().string(not(containsString(ADMIN_PASSWORD))));
        assertThat(accountService.adminExists()).isFalse();
    }

    @Test
    @Order(4)
    void everyBadFieldIsNamed() throws Exception {
        String token = tokens.issue();
        mvc.perform(post("/setup").with(csrf())
                        .param("token", token)
                        .param("username", "r")
                        .param("displayName", "")
                        .param("password", "short")
                        .param("passwordRepeat", "shirt")
                        .param("loadDemo", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("id=\"setup-token-error\""))))
                .andExpect(content().string(containsString("id=\"admin-username-error\"")))
                .andExpect(content().string(containsString("id=\"admin-display-name-error\"")))
                .andExpect(content().string(containsString("id=\"admin-password-error\"")))
                .andExpect(content().string(containsString("id=\"admin-password-repeat-error\"")))
                .andExpect(content().string(containsString("id=\"demo-password-error\"")));

        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON).content("""
                        {"token": "wrong", "username": "kh0001", "displayName": "管理员", "password": "%s",
                         "passwordRepeat": "%s", "loadDemo": true, "demoPassword": "%s"}"""
                        .formatted(ADMIN_PASSWORD, ADMIN_PASSWORD, DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'token')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").doesNotExist());
        assertThat(accountService.adminExists()).isFalse();
    }

    @Test
    @Order(5)
    void aGoodTokenCreatesTheAdministratorAndTheDemoCompanyThenDies() throws Exception {
        String token = tokens.issue();
        MvcResult result = mvc.perform(post("/setup").with(csrf())
                        .param("token", token.toUpperCase())
                        .param("username", "root")
                        .param("displayName", "系统管理员")
                        .param("password", ADMIN_PASSWORD)
                        .param("passwordRepeat", ADMIN_PASSWORD)
                        .param("loadDemo", "true")
                        .param("demoPassword", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andReturn();

        assertThat(accountService.adminExists()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from setup_token", Integer.class)).isZero();
        assertThat(tokens.isValid(token)).isFalse();
        String flash = (String) result.getFlashMap().get("flash");
        assertThat(flash).contains("root", "hr", "finance", "exec", "auditor", "kh0001", "kh0002");
        // the browser brings its session cookie to the login page, where the message is shown once
        mvc.perform(get("/login").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kh0001")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'setup.complete'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'demo.load'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from employee where employee_no like 'KH%'", Integer.class))
                .isEqualTo(120);
    }

    @Test
    @Order(6)
    void theAdministratorAndTheDemoAccountsCanSignIn() throws Exception {
        mvc.perform(formLogin("/login").user("root").password(ADMIN_PASSWORD)).andExpect(authenticated().withRoles("ADMIN"));
        mvc.perform(formLogin("/login").user("root").password("wrong-password")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("hr").password(DEMO_PASSWORD)).andExpect(authenticated().withRoles("HR"));
        mvc.perform(formLogin("/login").user("auditor").password(DEMO_PASSWORD)).andExpect(authenticated().withRoles("AUDITOR"));
        mvc.perform(formLogin("/login").user("kh0001").password(DEMO_PASSWORD))
                .andExpect(authenticated().withRoles("EMPLOYEE", "MANAGER"));
        Long left = jdbc.queryForObject("select count(*) from app_user u join employee e on e.id = u.employee_id "
                + "where e.status = 'LEFT'", Long.class);
        assertThat(left).as("no account for people who have left").isZero();
    }

    @Test
    @Order(7)
    void afterSetupTheSetupPageAndApiAreClosed() throws Exception {
        String token = tokens.issue();
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(post("/setup").with(csrf())
                        .param("token", token)
                        .param("username", "root2")
                        .param("displayName", "第二个")
                        .param("password", ADMIN_PASSWORD)
                        .param("passwordRepeat", ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/api/v1/setup").contentType(MediaType.APPLICATION_JSON).content("""
                        {"token": "%s", "username": "root3", "displayName": "第三个", "password": "%s", "passwordRepeat": "%s"}"""
                        .formatted(token, ADMIN_PASSWORD, ADMIN_PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/setup")).andExpect(jsonPath("$.pending").value(false));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('root2', 'root3')", Integer.class))
                .isZero();
    }
}
