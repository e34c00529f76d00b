package dev.kaohe.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.indicator.SchemeForm;
import dev.kaohe.indicator.Schemes;
import dev.kaohe.org.Deactivation;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.OrgUnitForm;
import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.org.PositionForm;
import dev.kaohe.org.Positions;
import dev.kaohe.org.RegionForm;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.Regions;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint × every role × own / other record, with the status each must answer.
 *
 * <p>"Own" is the caller's own record for an employee, a record in the reporting subtree for a manager,
 * and any record for the others; "other" is a record outside the employee's and the manager's reach.
 * Expectations read {@code E=200/404}: 200 on the own record, 404 on the other; one value means both.
 * {@code OK} is any 2xx or 3xx; {@code -} means the caller does not apply (tokens on pages).
 * A module that adds an endpoint adds its row here: {@link #everyRequestMappingHasARow()} fails naming each request
 * mapping (pattern and HTTP method) without one. Rows name real records: placeholders such as {@code {id}},
 * {@code {goal}} or {@code {selfVersion}} are filled in for the case's own or other record when it runs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    enum Caller { A, E, M, HR, F, X, AU, AD, TR, TW, TA }

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired Employees employees;
    @Autowired OrgUnits units;
    @Autowired Regions regions;
    @Autowired Positions positions;
    @Autowired AccountService accounts;
    @Autowired JsonMapper json;
    @Autowired dev.kaohe.platform.jobs.BackgroundJobs jobs;
    @Autowired Schemes schemes;
    @Autowired dev.kaohe.intake.Intake intake;
    @Autowired dev.kaohe.intake.Actuals actuals;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired dev.kaohe.cycle.CycleFixture cycleFixture;
    private java.util.function.Supplier<Long> freshCycle;
    @Autowired dev.kaohe.intake.RecordImports records;
    @Autowired dev.kaohe.notify.Channels notifyChannels;
    @Autowired dev.kaohe.cycle.Cycles cycles;
    @Autowired dev.kaohe.cycle.CycleDirectory cycleDirectory;
    @Autowired dev.kaohe.review.peer.Nominations nominations;
    @Autowired dev.kaohe.review.peer.FeedbackForms feedbackForms;
    @Autowired dev.kaohe.review.Assessments assessments;
    @Autowired dev.kaohe.goal.Goals goals;
    @Autowired dev.kaohe.goal.GoalExecution goalExecution;
    @Autowired dev.kaohe.goal.GoalAdjustments goalAdjustments;
    @Autowired dev.kaohe.goal.GoalTemplates goalTemplates;
    @Autowired dev.kaohe.identity.ApiTokenService apiTokens;
    @Autowired dev.kaohe.org.importing.OrgImport orgImport;

    private OrgFixture.Team team;
    private long accountId;
    private java.util.UUID hrJobId;
    private long ownNotice;
    private long otherNotice;
    private long channelId;
    private final Map<Long, Long> participantOf = new java.util.HashMap<>();
    private long peerFormOwn;
    private long peerFormOther;
    private String customerToken;
    private final Map<Caller, CurrentUser> callers = new EnumMap<>(Caller.class);
    /** Placeholders resolved when a case runs, from its target ({@code null} for rows not per employee): {@code {goal}} etc. */
    private final Map<String, Function<EmployeeView, Object>> lateValues = new java.util.HashMap<>();
    private List<Row> matrix;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMappings;

    /**
     * Mappings that need no row: the framework's own and what is public by design. Matched as the pattern itself or a
     * pattern under it ({@code /v3/api-docs} covers {@code /v3/api-docs/swagger-config} and {@code /v3/api-docs.yaml}).
     */
    private static final List<String> NO_ROW_NEEDED = List.of(
            "/error",                         // Spring Boot's error page
            "/login",                         // the sign-in page (the POST is Spring Security's filter, not a mapping)
            "/setup", "/api/v1/setup",        // first-run setup: public until done, guarded by the setup token (SetupIT)
            "/v3/api-docs", "/swagger-ui");   // springdoc's OpenAPI document and UI

    @BeforeAll
    void buildTheWorld() {
        team = fixture.team();
        callers.put(Caller.E, TestUsers.user("m-employee", team.staff().id()));
        callers.put(Caller.M, TestUsers.user("m-manager", team.boss().id(), Role.MANAGER));
        callers.put(Caller.HR, TestUsers.user("m-hr", null, Role.HR));
        callers.put(Caller.F, TestUsers.user("m-finance", null, Role.FINANCE));
        callers.put(Caller.X, TestUsers.user("m-exec", null, Role.EXECUTIVE));
        callers.put(Caller.AU, TestUsers.user("m-auditor", null, Role.AUDITOR));
        callers.put(Caller.AD, TestUsers.user("m-admin", null, Role.ADMIN));
        callers.put(Caller.TR, TestUsers.token("m-token-read", ApiScope.ORG_READ));
        callers.put(Caller.TW, TestUsers.token("m-token-write", ApiScope.ORG_WRITE));
        callers.put(Caller.TA, TestUsers.token("m-token-audit", ApiScope.AUDIT_READ));
        TestUsers.runAs(callers.get(Caller.AD), () -> accountId = accounts.create(new AccountService.NewAccount(
                OrgFixture.unique("matrix").toLowerCase(), "correct horse battery", "矩阵", null, Set.of(Role.FINANCE))));
        TestUsers.runAs(callers.get(Caller.HR), () -> hrJobId = jobs.start("org.import", progress -> null));
        ownNotice = notice(team.staff().id());
        otherNotice = notice(team.peer().id());
        // a switched-off channel for a kind nobody publishes, on a port where nothing listens
        TestUsers.runAs(callers.get(Caller.AD), () -> channelId = notifyChannels.create(new dev.kaohe.notify.ChannelForm(
                OrgFixture.unique("matrix-robot"), "WECOM", "http://127.0.0.1:9/send?key=matrix", null, false,
                "matrix.none", "zh-CN", false, null)).id());
        // 360: a cycle over the team; the employee caller rates the peer (own form), the other manager rates the lead
        long cycleId = cycleFixture.quarter(team, cycleFixture.lockedScheme()).id();
        cycleDirectory.participants(cycleId).forEach(p -> participantOf.put(p.employeeId(), p.id()));
        peerFormOwn = approvedPeerForm(participantOf.get(team.peer().id()), team.staff().id());
        peerFormOther = approvedPeerForm(participantOf.get(team.lead().id()), team.other().id());
        // a customer's answer link on the peer's 360 (the link is the only key: no sign-in)
        String link = fixture.asHr(() -> {
            var nominated = nominations.nominate(participantOf.get(team.peer().id()), dev.kaohe.review.peer.NominationForm.customer(
                    "矩阵客户", OrgFixture.unique("matrix-customer").toLowerCase() + "@example.com", "矩阵公司"));
            return nominations.decide(nominated.id(), new dev.kaohe.review.peer.Decision(true, null, nominated.version())).externalLink();
        });
        customerToken = link.substring(link.lastIndexOf('/') + 1);
        // the current versions of the own/other records that page forms send back
        lateValues.put("defenceVersion", target -> jdbc.queryForList("select version from review_defence where participant_id = ?",
                Long.class, participantOf.get(target.id())).stream().findFirst().map(String::valueOf).orElse(""));
    }

    private long notice(long employeeId) {
        String key = OrgFixture.unique("matrix-notice");
        events.publishEvent(new dev.kaohe.platform.notice.NoticeRequested(employeeId, "matrix.notice", "notify.test.text",
                List.of("矩阵"), "/inbox", key));
        return jdbc.queryForObject("select id from notice where dedup_key = ?", Long.class, key);
    }

    private long approvedPeerForm(long participantId, long raterEmployeeId) {
        return fixture.asHr(() -> {
            var nominated = nominations.nominate(participantId, dev.kaohe.review.peer.NominationForm.peer(raterEmployeeId));
            return nominations.decide(nominated.id(), new dev.kaohe.review.peer.Decision(true, null, nominated.version())).nomination().id();
        });
    }

    private long peerFormVersion(long formId) {
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
        TestUsers.runAs(callers.get(Caller.E), () -> version.set(feedbackForms.get(formId).version()));
        return version.get();
    }

    /** The rows, built once: building them creates fixtures, and both tests below read them. */
    private List<Row> matrix() {
        if (matrix == null) {
            matrix = rows();
        }
        return matrix;
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String orgRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=200 TW=200 TA=403";
        String orgWrite = "A=401 E=403 M=403 HR=OK F=403 X=403 AU=403 AD=OK TR=403 TW=OK TA=403";
        String employeeRead = "A=401 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=200 TW=200 TA=403";
        String adminOnly = "A=401 E=403 M=403 HR=403 F=403 X=403 AU=403 AD=OK TR=403 TW=403 TA=403";
        String auditRead = "A=401 E=403 M=403 HR=403 F=403 X=403 AU=200 AD=200 TR=403 TW=403 TA=200";

        // employees
        rows.add(read("GET", "/api/v1/employees", orgRead));
        rows.add(read("GET", "/api/v1/employees/{id}", employeeRead));
        rows.add(read("GET", "/api/v1/employees/{id}/reporting-chain", employeeRead));
        rows.add(read("GET", "/api/v1/employees/{id}/reports", employeeRead));
        rows.add(write("POST", "/api/v1/employees", orgWrite, target -> newEmployeeForm()));
        rows.add(write("PUT", "/api/v1/employees/{id}", orgWrite, target -> EmployeeForm.of(target)));
        rows.add(write("POST", "/api/v1/employees/{id}/deactivate", orgWrite, target -> new Deactivation(LocalDate.of(2025, 1, 31), target.version())));
        rows.add(new Row("POST", "/api/v1/employees/{id}/reactivate", expect(orgWrite), true, true, target -> Map.of("version", target.version())));
        // structure
        for (String structure : List.of("org-units", "regions")) {
            rows.add(read("GET", "/api/v1/" + structure, orgRead));
            rows.add(read("GET", "/api/v1/" + structure + "/tree", orgRead));
        }
        rows.add(read("GET", "/api/v1/positions", orgRead));
        rows.add(structure("GET", "/api/v1/org-units/{unit}", orgRead, null));
        rows.add(structure("POST", "/api/v1/org-units", orgWrite, this::newUnit));
        rows.add(structure("PUT", "/api/v1/org-units/{unit}", orgWrite, () -> withVersion(newUnit())));
        rows.add(structure("POST", "/api/v1/org-units/{unit}/deactivate", orgWrite, none()));
        rows.add(structure("POST", "/api/v1/org-units/{unit}/reactivate", orgWrite, none()));
        rows.add(structure("GET", "/api/v1/regions/{region}", orgRead, null));
        rows.add(structure("POST", "/api/v1/regions", orgWrite, this::newRegion));
        rows.add(structure("PUT", "/api/v1/regions/{region}", orgWrite, () -> withVersion(newRegion())));
        rows.add(structure("POST", "/api/v1/regions/{region}/deactivate", orgWrite, none()));
        rows.add(structure("POST", "/api/v1/regions/{region}/reactivate", orgWrite, none()));
        rows.add(structure("GET", "/api/v1/positions/{position}", orgRead, null));
        rows.add(structure("POST", "/api/v1/positions", orgWrite, this::newPosition));
        rows.add(structure("PUT", "/api/v1/positions/{position}", orgWrite, () -> withVersion(newPosition())));
        rows.add(structure("POST", "/api/v1/positions/{position}/deactivate", orgWrite, none()));
        rows.add(structure("POST", "/api/v1/positions/{position}/reactivate", orgWrite, none()));
        // accounts and tokens
        rows.add(read("GET", "/api/v1/accounts", adminOnly));
        rows.add(structure("GET", "/api/v1/accounts/{account}", adminOnly, null));
        rows.add(structure("POST", "/api/v1/accounts", adminOnly.replace("AD=OK", "AD=201"), () -> Map.of(
                "username", OrgFixture.unique("acc").toLowerCase(), "displayName", "新账号",
                "password", "correct horse battery", "roles", List.of("FINANCE"))));
        rows.add(structure("POST", "/api/v1/accounts/{account}/unlock", adminOnly, none()));
        rows.add(structure("PUT", "/api/v1/accounts/{account}", adminOnly, () -> Map.of("displayName", "矩阵", "roles", List.of("FINANCE"),
                "enabled", true)));
        rows.add(structure("POST", "/api/v1/accounts/{account}/password", adminOnly, () -> Map.of("password", "another long secret")));
        rows.add(structure("POST", "/api/v1/account/password",
                "A=401 E=- M=- HR=- F=- X=- AU=- AD=- TR=403 TW=403 TA=403", () -> Map.of()));
        rows.add(read("GET", "/api/v1/tokens", adminOnly));
        rows.add(read("GET", "/api/v1/tokens/scopes", orgRead.replace("TA=403", "TA=200")));
        rows.add(structure("POST", "/api/v1/tokens", adminOnly.replace("AD=OK", "AD=201"), () -> Map.of("name", OrgFixture.unique("tok"), "scopes", List.of("org:read"))));
        // a real token each for the API and the page to revoke
        long[] revocable = new long[2];
        TestUsers.runAs(callers.get(Caller.AD), () -> {
            for (int i = 0; i < revocable.length; i++) {
                revocable[i] = apiTokens.create(new dev.kaohe.identity.ApiTokenService.NewToken(OrgFixture.unique("matrix-revoke"),
                        List.of("org:read"), null)).token().id();
            }
        });
        rows.add(structure("POST", "/api/v1/tokens/" + revocable[0] + "/revoke", adminOnly, none()));
        // employee import (a header-only file: nothing to write) and export
        byte[] importCsv = fixture.asHr(() -> orgImport.templateCsv());
        java.util.function.Supplier<Object> importFile = () -> file("matrix-import.csv", "text/csv", importCsv);
        String importer = "A=401 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=200 TA=403";
        rows.add(new Row("POST", "/api/v1/org/import", expect(importer), false, false, target -> importFile.get()));
        rows.add(read("GET", "/api/v1/org/import/template.xlsx", importer));
        rows.add(read("GET", "/api/v1/employees/export.xlsx", orgRead));
        // background jobs: only the one who started it (here HR) and admins; others are told it does not exist
        String jobOwner = "A=401 E=404 M=404 HR=200 F=404 X=404 AU=404 AD=200 TR=404 TW=404 TA=404";
        rows.add(read("GET", "/api/v1/jobs/{job}", jobOwner));
        rows.add(structure("POST", "/api/v1/jobs/{job}/cancel", jobOwner, null));
        // audit
        rows.add(read("GET", "/api/v1/audit/entries", auditRead));
        rows.add(read("GET", "/api/v1/audit/verify", auditRead));
        // scoring: simulations take their inputs from the request, so every person may run them; tokens need scoring:simulate
        rows.add(structure("POST", "/api/v1/simulations", "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403",
                () -> Map.of("schemeCode", "PRESET-B", "participants", List.of(Map.of("id", "p1", "inputs", Map.of(
                        "sales", Map.of("actual", 100), "conversionRate", Map.of("actual", 25), "csat", Map.of("actual", 4),
                        "teamwork", Map.of("ratings", Map.of("MANAGER", 4)), "proposals", Map.of("actual", 2)))))));
        // indicator library and schemes: everyone signed in reads the rules, HR and admins change them
        String indicatorRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String indicatorWrite = "A=401 E=403 M=403 HR=OK F=403 X=403 AU=403 AD=OK TR=403 TW=403 TA=403";
        String scheme = fixture.asHr(() -> schemes.create(new SchemeForm(OrgFixture.unique("MS").toUpperCase(), "矩阵方案", null,
                List.of(), "B", null, null))).code();
        java.util.function.Supplier<Object> definition = () -> Map.of("definition", fixture.asHr(() -> schemes.version(scheme, 1).definition()));
        rows.add(read("GET", "/api/v1/indicators", indicatorRead));
        rows.add(read("GET", "/api/v1/indicators/NPS", indicatorRead));
        rows.add(structure("POST", "/api/v1/indicators", indicatorWrite, () -> Map.of("code", OrgFixture.unique("MI").toUpperCase(),
                "nameZh", "矩阵指标", "nameEn", "Matrix", "dimension", "GROWTH", "unit", "COUNT", "direction", "HIGHER_IS_BETTER",
                "type", "PROCESS", "measure", "QUANTITATIVE", "dataSource", "MANUAL")));
        rows.add(structure("PUT", "/api/v1/indicators/OUTPUT_PER_STORE", indicatorWrite.replace("OK", "400"), () -> Map.of("nameZh", "无版本")));
        rows.add(structure("POST", "/api/v1/indicators/OUTPUT_PER_STORE/deactivate", indicatorWrite, none()));
        rows.add(structure("POST", "/api/v1/indicators/OUTPUT_PER_STORE/reactivate", indicatorWrite, none()));
        rows.add(read("GET", "/api/v1/schemes", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/presets", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme, indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/versions", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/versions/1", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/versions/1/validation", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/diff?from=1&to=1", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/versions/1/export.xlsx", indicatorRead));
        rows.add(read("GET", "/api/v1/schemes/" + scheme + "/export.xlsx", indicatorRead));
        // a file that is no workbook: writers reach the check (400)
        java.util.function.Supplier<Object> notAWorkbook = () -> file("matrix.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        rows.add(new Row("POST", "/api/v1/schemes/" + scheme + "/import", expect(indicatorWrite.replace("OK", "400")), false, false,
                target -> notAWorkbook.get()));
        rows.add(new Row("POST", "/api/v1/schemes/validate", expect(indicatorRead), false, false, target -> definition.get()));
        rows.add(structure("POST", "/api/v1/schemes", indicatorWrite, () -> Map.of("code", OrgFixture.unique("MS").toUpperCase(),
                "name", "矩阵方案", "preset", "C")));
        rows.add(structure("PUT", "/api/v1/schemes/" + scheme, indicatorWrite.replace("OK", "400"), () -> Map.of("name", "无版本")));
        rows.add(structure("POST", "/api/v1/schemes/" + scheme + "/versions", indicatorWrite, definition));
        rows.add(structure("POST", "/api/v1/schemes/" + scheme + "/versions/1/lock", indicatorWrite, none()));
        rows.add(structure("PUT", "/api/v1/schemes/" + scheme + "/versions/1", indicatorWrite, definition));
        rows.add(structure("POST", "/api/v1/schemes/" + scheme + "/copy", indicatorWrite, () -> Map.of("code", OrgFixture.unique("MC").toUpperCase())));

        // goals: every person reads within reach; writers are HR, executives, admins, managers for their subtree and employees for their own drafts
        String goalRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String goalPersonRead = "A=401 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        rows.add(read("GET", "/api/v1/goals?year=2031&quarter=3", goalRead));
        rows.add(read("GET", "/api/v1/goals/alignment?year=2031&quarter=3", goalRead));
        rows.add(read("GET", "/api/v1/goals/templates", goalRead));
        rows.add(read("GET", "/api/v1/goals/adjustments", goalRead));
        rows.add(read("GET", "/api/v1/goals/people/{id}?year=2031&quarter=3", goalPersonRead));
        rows.add(read("GET", "/api/v1/goals/people/{id}/confirmation?year=2031&quarter=3", goalPersonRead));
        rows.add(write("POST", "/api/v1/goals?for={id}", "A=401 E=201/404 M=201/404 HR=201 F=403 X=201 AU=403 AD=201 TR=403 TW=403 TA=403",
                target -> Map.of("level", "PERSONAL", "ownerEmployeeId", target.id(), "year", 2031, "quarter", 3,
                        "title", "矩阵目标 10 家", "targetValue", 10, "unit", "家", "weight", 20)));
        // a personal goal each of the staff member (own) and the peer (other) in 2031 Q3, each with an action step and an
        // adjustment its owner asked for; and a goal template
        Map<Long, Long> goalOf = new java.util.HashMap<>();
        Map<Long, Long> actionOf = new java.util.HashMap<>();
        Map<Long, Long> adjustmentOf = new java.util.HashMap<>();
        for (EmployeeView person : List.of(team.staff(), team.peer())) {
            long goal = fixture.asHr(() -> goals.create(personalGoal(person.id()))).id();
            goalOf.put(person.id(), goal);
            actionOf.put(person.id(), fixture.asHr(() -> goalExecution.addAction(goal, new dev.kaohe.goal.ActionForm("矩阵步骤",
                    "孙员工", null, null, null, null, null, null, null, null))).id());
            java.util.concurrent.atomic.AtomicLong adjustment = new java.util.concurrent.atomic.AtomicLong();
            TestUsers.runAs(TestUsers.user("m-owner-" + person.id(), person.id()), () -> adjustment.set(goalAdjustments.request(goal,
                    new dev.kaohe.goal.AdjustmentForm(dev.kaohe.goal.domain.AdjustmentReason.POLICY_CHANGE, "矩阵调整",
                            java.math.BigDecimal.valueOf(15), null, null)).id()));
            adjustmentOf.put(person.id(), adjustment.get());
        }
        lateValues.put("goal", target -> goalOf.get(target.id()));
        lateValues.put("goalAction", target -> actionOf.get(target.id()));
        lateValues.put("goalAdjustment", target -> adjustmentOf.get(target.id()));
        long template = fixture.asHr(() -> goalTemplates.create(new dev.kaohe.goal.TemplateForm(OrgFixture.unique("MT").toUpperCase(),
                "矩阵模板", team.position().id(), List.of(new dev.kaohe.goal.TemplateForm.Item("矩阵模板目标",
                        dev.kaohe.goal.domain.GoalCategory.OUTCOME, java.math.BigDecimal.TEN, "家", null, java.math.BigDecimal.valueOf(20),
                        null, null))))).id();
        // writes on a real goal without a version: whoever may change the goal reaches the version check (400);
        // finance, auditors and tokens are refused; a goal outside the employee's or manager's reach is not found
        String goalWriter = "A=401 E=400/404 M=400/404 HR=400 F=403 X=400 AU=403 AD=400 TR=403 TW=403 TA=403";
        rows.add(peer("GET", "/api/v1/goals/{goal}", goalPersonRead, null));
        rows.add(peer("GET", "/api/v1/goals/{goal}/revisions", goalPersonRead, null));
        rows.add(peer("GET", "/api/v1/goals/{goal}/actions", goalPersonRead, null));
        rows.add(peer("GET", "/api/v1/goals/{goal}/check-ins", goalPersonRead, null));
        rows.add(peer("GET", "/api/v1/goals/{goal}/adjustments", goalPersonRead, null));
        rows.add(peer("PUT", "/api/v1/goals/{goal}", goalWriter, target -> Map.of()));
        rows.add(peer("POST", "/api/v1/goals/{goal}/archive", goalWriter, target -> Map.of()));
        rows.add(peer("POST", "/api/v1/goals/{goal}/actions", goalWriter, target -> Map.of()));
        rows.add(peer("PUT", "/api/v1/goals/{goal}/actions/{goalAction}", goalWriter.replace("=400", "=409"), target -> Map.of()));
        rows.add(peer("POST", "/api/v1/goals/{goal}/check-ins", goalWriter, target -> Map.of()));
        rows.add(peer("POST", "/api/v1/goals/{goal}/adjustments", goalWriter, target -> Map.of()));
        // an adjustment is decided by the named approver (the owner's direct manager), HR or admins, never by its requester
        rows.add(peer("POST", "/api/v1/goals/adjustments/{goalAdjustment}/decision",
                "A=401 E=403/404 M=403/404 HR=400 F=403 X=403 AU=403 AD=400 TR=403 TW=403 TA=403", target -> Map.of()));
        rows.add(new Row("POST", "/api/v1/goals/smart-check", expect(goalRead), false, false, target -> Map.of("level", "PERSONAL",
                "title", "矩阵目标 10 家", "targetValue", 10, "unit", "家")));
        // confirming: the employee for themselves, a manager above (or HR, executives, admins) as the manager; the weights
        // here do not sum to the total, so those who may confirm get 400
        rows.add(peer("POST", "/api/v1/goals/people/{id}/confirmation/employee?year=2031&quarter=3",
                "A=401 E=400/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403", target -> Map.of()));
        rows.add(peer("POST", "/api/v1/goals/people/{id}/confirmation/manager?year=2031&quarter=3",
                "A=401 E=403/404 M=400/404 HR=400 F=403 X=400 AU=403 AD=400 TR=403 TW=403 TA=403", target -> Map.of()));
        // template upkeep: HR, executives, admins and managers (here reaching the version or field check: 400); every person
        // reads a template and applies it (applying creates goals the caller may write)
        String templateApi = "/api/v1/goals/templates/" + template;
        String templateKeeper = "A=401 E=403 M=400 HR=400 F=403 X=400 AU=403 AD=400 TR=403 TW=403 TA=403";
        rows.add(read("GET", templateApi, goalRead));
        rows.add(read("GET", "/api/v1/goals/templates/987654321", "A=401 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=403 TW=403 TA=403"));
        rows.add(structure("POST", "/api/v1/goals/templates", templateKeeper, () -> Map.of()));
        rows.add(structure("PUT", templateApi, templateKeeper, () -> Map.of()));
        rows.add(structure("POST", templateApi + "/deactivate", templateKeeper, () -> Map.of()));
        rows.add(structure("POST", templateApi + "/activate", templateKeeper, () -> Map.of()));
        rows.add(structure("POST", templateApi + "/apply", "A=401 E=400 M=400 HR=400 F=403 X=400 AU=403 AD=400 TR=403 TW=403 TA=403", () -> Map.of()));
        rows.add(write("PUT", "/api/v1/goals/people/{id}/confirmation?year=2031&quarter=3",
                "A=401 E=200/404 M=200/404 HR=200 F=403 X=200 AU=403 AD=200 TR=403 TW=403 TA=403",
                target -> Map.of("whatNote", "矩阵", "howNote", "每周", "supportNote", "线索")));

        // intake: HR, admins and tokens with intake:write import; actuals are read within reach (the tokens here lack intake:write)
        String intakeRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String intakeWrite = "A=401 E=403 M=403 HR=OK F=403 X=403 AU=403 AD=OK TR=403 TW=403 TA=403";
        java.util.function.Function<EmployeeView, Object> actualRow = target -> List.of(Map.of("employeeNo", target.employeeNo(),
                "indicator", "LEAD_COUNT", "period", "2031-06", "value", 1));
        dev.kaohe.intake.IntakeResult intakeBatch = fixture.asHr(() -> intake.ingest(List.of(
                new dev.kaohe.intake.ActualRow(team.staff().employeeNo(), "LEAD_COUNT", "2031-05", "2", "CRM", null),
                new dev.kaohe.intake.ActualRow(team.peer().employeeNo(), "LEAD_COUNT", "2031-05", "3", "CRM", null)), null));
        long ownActual = fixture.asHr(() -> actuals.search(new dev.kaohe.intake.ActualFilter(team.staff().employeeNo(), "LEAD_COUNT", "2031-05", false),
                org.springframework.data.domain.PageRequest.of(0, 1))).getContent().get(0).id();
        long otherActual = fixture.asHr(() -> actuals.search(new dev.kaohe.intake.ActualFilter(team.peer().employeeNo(), "LEAD_COUNT", "2031-05", false),
                org.springframework.data.domain.PageRequest.of(0, 1))).getContent().get(0).id();
        rows.add(read("GET", "/api/v1/intake/actuals?period=2031-05", intakeRead));
        rows.add(structure("POST", "/api/v1/intake/actuals", intakeWrite, () -> actualRow.apply(team.staff())));
        rows.add(read("GET", "/api/v1/intake/actuals/" + ownActual + "/lineage", intakeRead));
        rows.add(read("GET", "/api/v1/intake/actuals/" + otherActual + "/lineage", intakeRead.replace("E=200 M=200", "E=404 M=404")));
        // business records: imported by HR, admins and intake:write tokens; committed records are read within reach
        String recordReference = OrgFixture.unique("MX");
        dev.kaohe.intake.RecordResult recordBatch = fixture.asHr(() -> records.ingest(dev.kaohe.intake.RecordType.ORDER,
                List.of(Map.of("employeeNo", team.staff().employeeNo(), "reference", recordReference, "date", "2031-05-02", "amount", "10")),
                dev.kaohe.intake.CommitMode.ALL_OR_NOTHING, null));
        String importerRead = "A=401 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=403 TA=403";
        rows.add(structure("POST", "/api/v1/intake/records/collection", intakeWrite, () -> List.of(Map.of("employeeNo", team.staff().employeeNo(),
                "reference", recordReference, "date", "2031-05-03", "amount", "5"))));
        rows.add(read("GET", "/api/v1/intake/records/batches/" + recordBatch.batchId(), importerRead));
        // withdrawing a committed batch: HR and admins only (a missing batch is not found for them), never a token
        String missingBatch = "/api/v1/intake/records/batches/00000000-0000-0000-0000-00000000abcd/withdraw";
        rows.add(structure("POST", missingBatch, "A=401 E=403 M=403 HR=404 F=403 X=403 AU=403 AD=404 TR=403 TW=403 TA=403",
                () -> Map.of("reason", "矩阵")));
        rows.add(read("GET", "/api/v1/intake/records/order?from=2031-05-01", intakeRead));

        // aggregation: HR and admins manage definitions; recompute also with intake:write; lineage follows the actual's reach
        String aggregationManage = "A=401 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=403 TA=403";
        String aggregationMissing = "A=401 E=403 M=403 HR=404 F=403 X=403 AU=403 AD=404 TR=403 TW=403 TA=403";
        long ownAggregated = aggregatedSales(team.staff().id());
        long otherAggregated = aggregatedSales(team.peer().id());
        long builtInDefinition = jdbc.queryForObject("select min(id) from aggregation_definition where built_in", Long.class);
        rows.add(read("GET", "/api/v1/intake/aggregations", aggregationManage));
        rows.add(read("GET", "/api/v1/intake/aggregations/" + builtInDefinition, aggregationManage));
        rows.add(structure("POST", "/api/v1/intake/aggregations", aggregationManage.replace("=200", "=201"),
                () -> Map.of("indicatorCode", "LEAD_COUNT", "recordType", "LEAD", "measure", "COUNT", "grouping", "REGION",
                        "periodKind", "MONTH", "enabled", false)));
        rows.add(structure("PUT", "/api/v1/intake/aggregations/987654321", aggregationMissing, () -> Map.of("version", 0)));
        rows.add(structure("POST", "/api/v1/intake/aggregations/987654321/disable", aggregationMissing, null));
        rows.add(structure("POST", "/api/v1/intake/aggregations/987654321/enable", aggregationMissing, null));
        rows.add(structure("POST", "/api/v1/intake/aggregations/recompute", intakeWrite, () -> Map.of("from", "2031-04")));
        rows.add(read("GET", "/api/v1/intake/aggregations/runs", aggregationManage));
        rows.add(read("GET", "/api/v1/intake/aggregations/actuals/" + ownAggregated + "/lineage", intakeRead));
        rows.add(read("GET", "/api/v1/intake/aggregations/actuals/" + otherAggregated + "/lineage", intakeRead.replace("E=200 M=200", "E=404 M=404")));
        // cycles: HR and admins manage; executives, auditors and finance read all; a manager reads cycles with someone of their
        // subtree and those participants; an employee reads cycles they take part in and their own record; tokens have no access
        String cycleScheme = cycleFixture.lockedScheme();
        long ownCycle = cycleFixture.quarter(team, cycleScheme).id();
        dev.kaohe.org.OrgUnitView outsideUnit = fixture.unit("矩阵外部门", team.company().id());
        fixture.employee("外部门员工", outsideUnit, team.position(), team.other().id());
        long otherCycle = fixture.asHr(() -> cycleFixture.cycles().create(new dev.kaohe.cycle.CycleForm("矩阵外部周期",
                dev.kaohe.cycle.CycleType.PROJECT, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), cycleScheme, null,
                new dev.kaohe.cycle.Population(List.of(outsideUnit.id()), true, null, null, null, null, false), null))).id();
        freshCycle = () -> cycleFixture.quarter(team, cycleScheme).id();
        String cycleRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String cycleOther = cycleRead.replace("E=200 M=200", "E=404 M=404");
        String cycleWrite = "A=401 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=403 TA=403";
        rows.add(read("GET", "/api/v1/cycles", cycleRead));
        rows.add(read("GET", "/api/v1/cycles?type=QUARTERLY&status=PREPARING&q=Q3", cycleRead));
        rows.add(read("GET", "/api/v1/cycles/" + ownCycle, cycleRead));
        rows.add(read("GET", "/api/v1/cycles/" + otherCycle, cycleOther));
        rows.add(read("GET", "/api/v1/cycles/" + ownCycle + "/participants", cycleRead));
        rows.add(read("GET", "/api/v1/cycles/" + otherCycle + "/participants", cycleOther));
        rows.add(read("GET", "/api/v1/cycles/" + ownCycle + "/participants/{id}", cycleRead.replace("E=200 M=200", "E=200/404 M=200/404")));
        rows.add(structure("POST", "/api/v1/cycles", cycleWrite.replace("=200", "=201"), () -> Map.of("name", "矩阵周期",
                "type", "QUARTERLY", "periodStart", "2026-07-01", "periodEnd", "2026-09-30", "schemeCode", cycleScheme,
                "population", Map.of("orgUnitIds", List.of(team.unit().id())))));
        rows.add(structure("POST", "/api/v1/cycles/population-preview", cycleWrite, () -> Map.of("periodStart", "2026-07-01",
                "population", Map.of("orgUnitIds", List.of(team.unit().id())))));
        rows.add(structure("POST", "/api/v1/cycles/{cycle}/phase", cycleWrite, () -> Map.of("to", "GOAL_SETTING", "version", 0)));
        rows.add(structure("PUT", "/api/v1/cycles/{cycle}/deadline", cycleWrite, () -> Map.of("phase", "SELF_ASSESSMENT",
                "deadline", "2026-10-16", "reason", "矩阵", "version", 0)));
        rows.add(structure("POST", "/api/v1/cycles/{cycle}/replan", cycleWrite, () -> Map.of("version", 0)));
        rows.add(write("PUT", "/api/v1/cycles/{cycle}/participants/{id}/reviewer", cycleWrite,
                target -> Map.of("reviewerEmployeeId", team.boss().id(), "reason", "矩阵", "version", 0)));
        rows.add(read("GET", "/api/v1/calendar", cycleRead));
        rows.add(read("GET", "/api/v1/calendar/2026", cycleRead));
        rows.add(read("GET", "/api/v1/calendar/working-days?from=2026-02-13&days=5&to=2026-03-01", cycleRead));
        rows.add(new Row("POST", "/api/v1/calendar/2032/preview", expect(cycleWrite), false, false, null));
        rows.add(new Row("POST", "/api/v1/calendar/2032", expect(cycleWrite.replace("=200", "=400")), false, false, null));

        // inbox: strictly personal; a notice of someone else is not found whatever the role; tokens have no inbox
        String inboxApi = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String ownNoticeOnly = "A=401 E=200/404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=403 TW=403 TA=403";
        rows.add(read("GET", "/api/v1/inbox", inboxApi));
        rows.add(read("GET", "/api/v1/inbox/unread-count", inboxApi));
        rows.add(notice("GET", "/api/v1/inbox/{notice}", ownNoticeOnly));
        rows.add(notice("POST", "/api/v1/inbox/{notice}/read", ownNoticeOnly));
        rows.add(structure("POST", "/api/v1/inbox/read-all", inboxApi, none()));
        rows.add(read("GET", "/api/v1/inbox/preferences", inboxApi));
        // accounts without an employee have no preferences to set (400 naming the employee)
        rows.add(structure("PUT", "/api/v1/inbox/preferences", "A=401 E=200 M=200 HR=400 F=400 X=400 AU=400 AD=400 TR=403 TW=403 TA=403",
                () -> Map.of("language", "zh-CN", "emailOff", List.of())));

        // review: the assessee (E on own) writes their self-assessment; the reviewer (here not the boss) the manager
        // assessment; managers read their subtree's forms; HR and admins reopen, calibrate, lock and publish; executives and
        // auditors read; finance reads published results only; a form out of reach is 404; tokens are refused
        long reviewCycle = reviewCycle();
        // evidence files on the staff member's self-assessment: one to read, one each for the API and the page to remove
        java.util.function.Supplier<Object> evidence = () -> file("matrix.txt", "text/plain", "矩阵证据".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long[] evidenceFiles = new long[3];
        TestUsers.runAs(callers.get(Caller.E), () -> {
            for (int i = 0; i < evidenceFiles.length; i++) {
                evidenceFiles[i] = assessments.attach(reviewCycle, team.staff().id(), null, "matrix-" + i + ".txt", "text/plain",
                        "矩阵证据".getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
            }
        });
        lateValues.put("selfVersion", target -> selfVersion(reviewCycle, target.id()));
        String form = "/api/v1/review/cycles/" + reviewCycle + "/assessments/{id}";
        String none = "/api/v1/review/cycles/" + reviewCycle + "/results/{id}";
        String reviewManage = "A=401 E=403 M=403 HR=409 F=403 X=403 AU=403 AD=409 TR=403 TW=403 TA=403";
        rows.add(read("GET", "/api/v1/review/assessments", "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403"));
        rows.add(read("GET", form, "A=401 E=200/404 M=200/404 HR=200 F=403 X=200 AU=200 AD=200 TR=403 TW=403 TA=403"));
        rows.add(new Row("PUT", form + "/self", expect("A=401 E=200/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"),
                true, false, target -> Map.of("items", List.of(Map.of("code", "teamwork", "score", 4, "note", "矩阵证据")),
                        "version", selfVersion(reviewCycle, target.id()))));
        // submitting without the scores: the assessee reaches the check (400); no one else submits it
        rows.add(new Row("POST", form + "/self/submit", expect("A=401 E=400/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"),
                true, false, target -> Map.of("items", List.of(), "version", selfVersion(reviewCycle, target.id()))));
        rows.add(new Row("PUT", form + "/manager", expect("A=401 E=403/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"),
                true, false, target -> Map.of("items", List.of())));
        // evidence: the assessee adds and removes it; whoever reads the form reads it; it is not found on another's form
        rows.add(new Row("POST", form + "/self/attachments", expect("A=401 E=200/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"),
                true, false, target -> evidence.get()));
        // the fixture's self form is a draft: its evidence is the assessee's alone until submitted
        String evidenceRead = "E=200/404 M=404 HR=404 F=403 X=404 AU=404 AD=404";
        rows.add(read("GET", form + "/attachments/" + evidenceFiles[0], "A=401 " + evidenceRead + " TR=403 TW=403 TA=403"));
        rows.add(new Row("DELETE", form + "/attachments/" + evidenceFiles[1],
                expect("A=401 E=204/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"), true, false, null));
        rows.add(new Row("POST", form + "/manager/submit", expect("A=401 E=403/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403"),
                true, false, target -> Map.of("items", List.of(), "signature", "x")));
        rows.add(new Row("POST", form + "/self/reopen", expect("A=401 E=403/404 M=403/404 HR=409 F=403 X=403 AU=403 AD=409 TR=403 TW=403 TA=403"),
                true, false, target -> Map.of("reason", "矩阵")));
        rows.add(read("GET", form + "/attachments/987654321", "A=401 E=404 M=404 HR=404 F=403 X=404 AU=404 AD=404 TR=403 TW=403 TA=403"));
        // no result exists yet: those who could see one are told there is none, so it reads the same as an unpublished one
        rows.add(read("GET", none, "A=401 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=403 TW=403 TA=403"));
        rows.add(read("GET", none + "/versions/1", "A=401 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=403 TW=403 TA=403"));
        rows.add(new Row("POST", none + "/adjust", expect(reviewManage), true, false,
                target -> Map.of("grade", "A", "reason", "矩阵", "versionNo", 1)));
        rows.add(read("GET", "/api/v1/review/cycles/" + reviewCycle + "/calibration", "A=401 E=403 M=403 HR=200 F=403 X=200 AU=200 AD=200 TR=403 TW=403 TA=403"));
        rows.add(structure("POST", "/api/v1/review/cycles/" + reviewCycle + "/lock", reviewManage, none()));
        rows.add(structure("POST", "/api/v1/review/cycles/" + reviewCycle + "/publish", reviewManage, none()));
        rows.add(structure("POST", "/api/v1/review/cycles/" + reviewCycle + "/calculate", reviewManage.replace("=409", "=200"), none()));
        String reviewPage = "/review/cycles/" + reviewCycle;
        rows.add(read("GET", "/review", "A=302 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", reviewPage + "/assessments/{id}", "A=302 E=200/404 M=200/404 HR=200 F=403 X=200 AU=200 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", reviewPage + "/results/{id}", "A=302 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=- TW=- TA=-"));
        rows.add(read("GET", reviewPage + "/calibration", "A=302 E=403 M=403 HR=200 F=403 X=200 AU=200 AD=200 TR=- TW=- TA=-"));
        rows.add(new Row("POST", reviewPage + "/assessments/{id}/self/reopen?reason=x",
                expect("A=302 E=403/404 M=403/404 HR=409 F=403 X=403 AU=403 AD=409 TR=- TW=- TA=-"), true, false, null));
        // a lock refused for the phase goes back to the calibration page with the reason
        String calibrationAction = "A=302 E=403 M=403 HR=302 F=403 X=403 AU=403 AD=302 TR=- TW=- TA=-";
        rows.add(new Row("POST", reviewPage + "/lock", expect(calibrationAction), false, false, null));
        rows.add(new Row("POST", reviewPage + "/publish", expect(calibrationAction), false, false, null));
        rows.add(new Row("POST", reviewPage + "/calculate", expect(calibrationAction), false, false, null));
        rows.add(new Row("POST", reviewPage + "/results/{id}/adjust?grade=A", expect(calibrationAction), true, false, null));
        rows.add(new Row("POST", reviewPage + "/assessments/{id}/self?action=save&score.teamwork=4&version={selfVersion}",
                expect("A=302 E=302/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-"), true, false, null));
        rows.add(new Row("POST", reviewPage + "/assessments/{id}/manager?action=save",
                expect("A=302 E=403/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-"), true, false, null));
        rows.add(new Row("POST", reviewPage + "/assessments/{id}/self/attachments",
                expect("A=302 E=302/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-"), true, false, target -> evidence.get()));
        rows.add(read("GET", reviewPage + "/assessments/{id}/attachments/" + evidenceFiles[0], "A=302 " + evidenceRead + " TR=- TW=- TA=-"));
        rows.add(new Row("POST", reviewPage + "/assessments/{id}/attachments/" + evidenceFiles[2] + "/delete",
                expect("A=302 E=302/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-"), true, false, null));
        // monthly posting and quarterly composite (R12): every person who reaches the cycle reads the posting and the
        // composites (rows as the posting settings say); one person's breakdown only within reach; tokens are refused
        String postingRead = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String postingApi = "/api/v1/review/cycles/" + reviewCycle;
        rows.add(read("GET", postingApi + "/posting?q=x", postingRead));
        rows.add(read("GET", postingApi + "/posting/export.xlsx", postingRead));
        rows.add(read("GET", "/api/v1/review/cycles/" + otherCycle + "/posting", postingRead.replace("E=200 M=200", "E=404 M=404")));
        rows.add(read("GET", postingApi + "/composites?q=x", postingRead));
        rows.add(read("GET", postingApi + "/composites/export.xlsx", postingRead));
        rows.add(read("GET", postingApi + "/composites/{id}", postingRead.replace("E=200 M=200", "E=200/404 M=200/404")));
        // a cycle that is not quarterly has no composites
        rows.add(read("GET", "/api/v1/review/cycles/" + otherCycle + "/composites",
                "A=401 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=403 TW=403 TA=403"));
        String postingPage = "A=302 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-";
        rows.add(read("GET", reviewPage + "/posting", postingPage));
        rows.add(read("GET", reviewPage + "/posting/export.xlsx", postingPage));
        rows.add(read("GET", "/review/cycles/" + otherCycle + "/posting", postingPage.replace("E=200 M=200", "E=404 M=404")));
        rows.add(read("GET", reviewPage + "/composite", postingPage));
        rows.add(read("GET", reviewPage + "/composite/export.xlsx", postingPage));

        // 360 feedback: the participant's reviewer, managers above and HR nominate (the assessee never: 400 on their own);
        // HR approves; a rater reaches only their own form (HR reads it for administration); the anonymous summary is read
        // within reach; integration tokens have no access
        String peerApi = "/api/v1/review/peer";
        String nominationRead = "A=401 E=404 M=200/404 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=403 TA=403";
        String peerHrOnly = "A=401 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=403 TW=403 TA=403";
        String peerPerson = "A=401 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        String peerSummary = "A=401 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=403 TW=403 TA=403";
        rows.add(peer("GET", peerApi + "/participants/{participant}/nominations", nominationRead, null));
        rows.add(peer("POST", peerApi + "/participants/{participant}/nominations",
                "A=401 E=400/404 M=201/404 HR=201 F=403 X=403 AU=403 AD=201 TR=403 TW=403 TA=403",
                target -> Map.of("raterKind", "CUSTOMER", "externalName", "矩阵客户",
                        "externalEmail", OrgFixture.unique("c").toLowerCase() + "@example.com")));
        rows.add(peer("POST", peerApi + "/participants/{participant}/collaborators", peerHrOnly.replace("=200", "=201"),
                target -> Map.of("reviewerEmployeeId", fixture.employee("协作人", fixture.unit("矩阵协作部", team.company().id()),
                        team.position(), null).id())));
        rows.add(structure("GET", peerApi + "/nominations?status=PROPOSED", peerHrOnly, null));
        rows.add(structure("POST", peerApi + "/nominations/987654321/decision", peerHrOnly.replace("=200", "=404"),
                () -> Map.of("approve", true, "version", 0)));
        rows.add(structure("POST", peerApi + "/nominations/987654321/link", peerHrOnly.replace("=200", "=404"), none()));
        rows.add(peer("GET", peerApi + "/participants/{participant}/summary", peerSummary, null));
        rows.add(peer("GET", peerApi + "/participants/{participant}/summary.xlsx", peerSummary, null));
        rows.add(read("GET", peerApi + "/requests", peerPerson));
        String ownForm = "A=401 E=200 M=404 HR=200 F=404 X=404 AU=404 AD=200 TR=403 TW=403 TA=403";
        rows.add(structure("GET", peerApi + "/forms/{peerFormOwn}", ownForm, null));
        rows.add(structure("GET", peerApi + "/forms/{peerFormOther}", ownForm.replace("E=200", "E=404"), null));
        rows.add(structure("PUT", peerApi + "/forms/{peerFormOwn}", "A=401 E=200 M=404 HR=403 F=404 X=404 AU=404 AD=403 TR=403 TW=403 TA=403",
                () -> Map.of("comment", "草稿", "version", peerFormVersion(peerFormOwn))));
        rows.add(structure("POST", peerApi + "/forms/{peerFormOwn}/submit", "A=401 E=400 M=404 HR=403 F=404 X=404 AU=404 AD=403 TR=403 TW=403 TA=403",
                () -> Map.of("version", peerFormVersion(peerFormOwn))));
        rows.add(structure("PUT", peerApi + "/forms/{peerFormOther}", "A=401 E=404 M=404 HR=403 F=404 X=404 AU=404 AD=403 TR=403 TW=403 TA=403",
                () -> Map.of("comment", "草稿", "version", 0)));
        // review defence: the participant writes, managers above comment, the library is read by every person (scope by settings)
        String defenceApi = "/api/v1/review/defence";
        rows.add(read("GET", defenceApi + "?q=x", peerPerson));
        rows.add(read("GET", defenceApi + "/export.xlsx", peerPerson));
        rows.add(peer("GET", defenceApi + "/participants/{participant}", peerSummary, null));
        rows.add(peer("PUT", defenceApi + "/participants/{participant}",
                "A=401 E=200/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403", target -> Map.of("lessons", "草稿")));
        rows.add(peer("POST", defenceApi + "/participants/{participant}/submit",
                "A=401 E=400/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403", target -> Map.of("version", 0)));
        // the manager's comment: the (draft) record is not submitted yet, hence 409 for the manager
        rows.add(peer("POST", defenceApi + "/participants/{participant}/comment",
                "A=401 E=403/404 M=409/404 HR=403 F=403 X=403 AU=403 AD=403 TR=403 TW=403 TA=403", target -> Map.of("comment", "好", "version", 0)));

        // pages: anonymous people are sent to the login page; tokens are for the API only
        String everyPerson = "A=302 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-";
        String orgManagerPage = "A=302 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=- TW=- TA=-";
        String adminPage = "A=302 E=403 M=403 HR=403 F=403 X=403 AU=403 AD=200 TR=- TW=- TA=-";
        String auditPage = "A=302 E=403 M=403 HR=403 F=403 X=403 AU=200 AD=200 TR=- TW=- TA=-";
        rows.add(read("GET", "/", everyPerson));
        rows.add(read("GET", "/org", everyPerson));
        rows.add(read("GET", "/employees", everyPerson));
        rows.add(read("GET", "/employees/my-team", everyPerson.replace("=200", "=302")));
        rows.add(read("GET", "/employees/{id}", "A=302 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", "/employees/new", orgManagerPage));
        rows.add(read("GET", "/employees/{id}/edit", orgManagerPage));
        rows.add(read("GET", "/org/units/new", orgManagerPage));
        rows.add(structure("GET", "/org/units/{unit}/edit", orgManagerPage, null));
        rows.add(read("GET", "/org/regions/new", orgManagerPage));
        rows.add(structure("GET", "/org/regions/{region}/edit", orgManagerPage, null));
        rows.add(read("GET", "/org/positions/new", orgManagerPage));
        rows.add(structure("GET", "/org/positions/{position}/edit", orgManagerPage, null));
        rows.add(new Row("POST", "/employees/{id}/deactivate", expect(orgManagerPage.replace("=200", "=302").replace("A=302", "A=302")), true, true, null));
        // page forms sent empty: HR and admins get the form back with the problems (200) or are sent on (302)
        String orgPageAction = orgManagerPage.replace("=200", "=302");
        rows.add(new Row("POST", "/employees", expect(orgManagerPage), false, false, null));
        rows.add(write("POST", "/employees/{id}", orgManagerPage, null));
        rows.add(write("POST", "/employees/{id}/reactivate", orgPageAction, null));
        for (String structure : List.of("units", "regions", "positions")) {
            String placeholder = "{" + structure.substring(0, structure.length() - 1) + "}";
            rows.add(new Row("POST", "/org/" + structure, expect(orgManagerPage), false, false, null));
            rows.add(structure("POST", "/org/" + structure + "/" + placeholder, orgManagerPage, null));
            rows.add(structure("POST", "/org/" + structure + "/" + placeholder + "/deactivate", orgPageAction, null));
            rows.add(structure("POST", "/org/" + structure + "/" + placeholder + "/reactivate", orgPageAction, null));
        }
        rows.add(read("GET", "/employees/export", everyPerson));
        rows.add(read("GET", "/org/import", orgManagerPage));
        rows.add(new Row("POST", "/org/import", expect(orgPageAction), false, false, target -> importFile.get()));
        rows.add(read("GET", "/org/import/template.xlsx", orgManagerPage));
        rows.add(read("GET", "/org/import/template.csv", orgManagerPage));
        // an upload is kept for the one who sent it (here HR): another admin is told it does not exist
        java.util.concurrent.atomic.AtomicReference<java.util.UUID> upload = new java.util.concurrent.atomic.AtomicReference<>();
        TestUsers.runAs(callers.get(Caller.HR), () -> upload.set(orgImport.upload("matrix-import.csv", importCsv)));
        String uploaderPage = "A=302 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=404 TR=- TW=- TA=-";
        rows.add(read("GET", "/org/import/" + upload.get(), uploaderPage));
        rows.add(read("GET", "/org/import/" + upload.get() + "/problems.xlsx", uploaderPage));
        rows.add(new Row("POST", "/org/import/" + upload.get() + "/commit", expect(uploaderPage.replace("HR=200", "HR=302")), false, false, null));
        rows.add(read("GET", "/account/password", everyPerson));
        // the test callers have no stored account whose password could change (as for the API): only the sign-in is checked
        rows.add(new Row("POST", "/account/password", expect("A=302 E=- M=- HR=- F=- X=- AU=- AD=- TR=- TW=- TA=-"), false, false, null));
        rows.add(new Row("POST", "/admin/accounts", expect(adminPage), false, false, null));
        rows.add(structure("POST", "/admin/accounts/{account}?displayName=matrix&roles=FINANCE&enabled=true", adminPage.replace("AD=200", "AD=302"), null));
        rows.add(structure("POST", "/admin/accounts/{account}/unlock", adminPage.replace("AD=200", "AD=302"), null));
        rows.add(structure("POST", "/admin/accounts/{account}/password", adminPage, null));
        rows.add(new Row("POST", "/admin/tokens", expect(adminPage), false, false, null));
        rows.add(structure("POST", "/admin/tokens/" + revocable[1] + "/revoke", adminPage.replace("AD=200", "AD=302"), null));
        rows.add(read("GET", "/admin/accounts", adminPage));
        rows.add(read("GET", "/admin/accounts/new", adminPage));
        rows.add(structure("GET", "/admin/accounts/{account}", adminPage, null));
        rows.add(read("GET", "/admin/tokens", adminPage));
        rows.add(read("GET", "/audit", auditPage));
        rows.add(read("GET", "/audit/verify", auditPage));
        rows.add(read("GET", "/audit/export", auditPage));
        rows.add(read("GET", "/jobs/{job}", "A=302 E=404 M=404 HR=200 F=404 X=404 AU=404 AD=200 TR=- TW=- TA=-"));
        rows.add(structure("POST", "/jobs/{job}/cancel", "A=302 E=404 M=404 HR=302 F=404 X=404 AU=404 AD=302 TR=- TW=- TA=-", null));
        rows.add(read("GET", "/goals", everyPerson));
        rows.add(read("GET", "/goals/alignment", everyPerson));
        rows.add(read("GET", "/goals/templates", everyPerson));
        rows.add(read("GET", "/goals/adjustments", everyPerson));
        // goal pages on the real goals: a refused change is an error page, an accepted but invalid one goes back with the problem
        String goalPageRead = "A=302 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-";
        String goalPageForm = "A=302 E=200/404 M=200/404 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-";
        String goalPageAction = "A=302 E=302/404 M=302/404 HR=302 F=403 X=302 AU=403 AD=302 TR=- TW=- TA=-";
        rows.add(peer("GET", "/goals/{goal}", goalPageRead, null));
        rows.add(peer("GET", "/goals/{goal}/edit", goalPageForm, null));
        // the form always sends the level (the page needs it to show the form again)
        rows.add(peer("POST", "/goals/{goal}?level=PERSONAL", goalPageForm, null));
        rows.add(new Row("POST", "/goals?level=PERSONAL", expect("A=302 E=200 M=200 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-"), false, false, null));
        rows.add(peer("POST", "/goals/{goal}/archive", goalPageAction, null));
        rows.add(peer("POST", "/goals/{goal}/check-ins", goalPageAction, null));
        rows.add(peer("POST", "/goals/{goal}/actions", goalPageAction, null));
        rows.add(peer("POST", "/goals/{goal}/adjustments", goalPageAction, null));
        rows.add(peer("POST", "/goals/adjustments/{goalAdjustment}/decision", "A=302 E=403/404 M=403/404 HR=302 F=403 X=403 AU=403 AD=302 TR=- TW=- TA=-", null));
        rows.add(peer("POST", "/goals/people/{id}/confirmation?year=2031&quarter=3", goalPageAction, null));
        String templatePage = "/goals/templates/" + template;
        String templateKeeperPage = "A=302 E=403 M=302 HR=302 F=403 X=302 AU=403 AD=302 TR=- TW=- TA=-";
        rows.add(read("GET", templatePage + "/edit", "A=302 E=403 M=200 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-"));
        rows.add(new Row("POST", "/goals/templates", expect(templateKeeperPage), false, false, null));
        rows.add(structure("POST", templatePage, templateKeeperPage, null));
        rows.add(structure("POST", templatePage + "/active?active=false", templateKeeperPage, null));
        rows.add(structure("POST", templatePage + "/apply", "A=302 E=302 M=302 HR=302 F=403 X=302 AU=403 AD=302 TR=- TW=- TA=-", null));
        rows.add(read("GET", "/goals/export/T5?year=2031", everyPerson));
        rows.add(read("GET", "/goals/people/{id}?year=2031&quarter=3", "A=302 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", "/goals/new?level=COMPANY", "A=302 E=403 M=403 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", "/goals/new?level=PERSONAL", "A=302 E=200 M=200 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-"));
        String analystPage = "A=302 E=403 M=403 HR=200 F=403 X=200 AU=403 AD=200 TR=- TW=- TA=-";
        rows.add(read("GET", "/scoring/what-if", analystPage));
        rows.add(new Row("POST", "/scoring/what-if", expect(analystPage), false, false, null));
        rows.add(read("GET", "/scoring/what-if/template", analystPage));
        rows.add(read("GET", "/scoring/simulate", analystPage));
        rows.add(new Row("POST", "/scoring/simulate", expect(analystPage), false, false, null));
        rows.add(read("GET", "/indicators", everyPerson));
        rows.add(read("GET", "/indicators/NPS", everyPerson));
        rows.add(read("GET", "/indicators/export", everyPerson));
        rows.add(read("GET", "/indicators/new", orgManagerPage));
        rows.add(read("GET", "/indicators/NPS/edit", orgManagerPage));
        rows.add(new Row("POST", "/indicators", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/indicators/NPS", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/indicators/OUTPUT_PER_STORE/deactivate", expect(orgPageAction), false, false, null));
        rows.add(new Row("POST", "/indicators/OUTPUT_PER_STORE/reactivate", expect(orgPageAction), false, false, null));
        rows.add(read("GET", "/schemes", everyPerson));
        rows.add(read("GET", "/schemes/" + scheme, everyPerson));
        rows.add(read("GET", "/schemes/" + scheme + "/compare?from=1&to=1", everyPerson));
        rows.add(read("GET", "/schemes/" + scheme + "/versions/1/export", everyPerson));
        rows.add(read("GET", "/schemes/new", orgManagerPage));
        rows.add(read("GET", "/schemes/" + scheme + "/edit", orgManagerPage));
        rows.add(read("GET", "/schemes/" + scheme + "/copy", orgManagerPage));
        rows.add(read("GET", "/schemes/" + scheme + "/versions/1", everyPerson));
        rows.add(read("GET", "/schemes/" + scheme + "/versions/1/validation", everyPerson));
        rows.add(new Row("POST", "/schemes", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/schemes/" + scheme + "/copy", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/schemes/" + scheme + "/settings", expect(orgPageAction), false, false, null));
        rows.add(new Row("POST", "/schemes/" + scheme + "/versions/1/lock", expect(orgPageAction), false, false, null));
        rows.add(new Row("POST", "/schemes/" + scheme + "/edit?version=1", expect(orgManagerPage.replace("=200", "=OK")), false, false, null));
        rows.add(new Row("POST", "/schemes/" + scheme + "/import", expect(orgPageAction), false, false, target -> notAWorkbook.get()));
        rows.add(read("GET", "/intake", orgManagerPage));
        rows.add(new Row("POST", "/intake", expect(orgManagerPage), false, false, null));
        rows.add(read("GET", "/intake/template.xlsx", orgManagerPage));
        rows.add(read("GET", "/intake/template.csv", orgManagerPage));
        rows.add(read("GET", "/intake/batches/" + intakeBatch.batchId(), orgManagerPage));
        rows.add(read("GET", "/intake/batches/" + intakeBatch.batchId() + "/problems.xlsx", orgManagerPage));
        rows.add(new Row("POST", "/intake/batches/" + intakeBatch.batchId() + "/commit",
                expect(orgManagerPage.replace("=200", "=409")), false, false, null));
        rows.add(read("GET", "/intake/records", orgManagerPage));
        rows.add(new Row("POST", "/intake/records", expect(orgManagerPage), false, false, null));
        rows.add(read("GET", "/intake/records/templates/order.xlsx", orgManagerPage));
        rows.add(read("GET", "/intake/records/templates/order.csv", orgManagerPage));
        rows.add(read("GET", "/intake/records/batches", orgManagerPage));
        rows.add(read("GET", "/intake/records/batches/" + recordBatch.batchId(), orgManagerPage));
        rows.add(read("GET", "/intake/records/batches/" + recordBatch.batchId() + "/problems.xlsx", orgManagerPage));
        rows.add(new Row("POST", "/intake/records/batches/" + recordBatch.batchId() + "/commit",
                expect(orgManagerPage.replace("=200", "=409")), false, false, null));
        rows.add(new Row("POST", "/intake/records/batches/00000000-0000-0000-0000-00000000abcd/withdraw?reason=x",
                expect(orgManagerPage.replace("=200", "=404")), false, false, null));
        rows.add(read("GET", "/intake/records/list?type=order", everyPerson));
        rows.add(read("GET", "/intake/records/list.xlsx?type=order", everyPerson));
        rows.add(read("GET", "/intake/actuals", everyPerson));
        rows.add(read("GET", "/intake/actuals/" + ownActual, everyPerson));
        rows.add(read("GET", "/intake/actuals/" + otherActual, everyPerson.replace("E=200 M=200", "E=404 M=404")));
        rows.add(read("GET", "/intake/aggregations", orgManagerPage));
        rows.add(read("GET", "/intake/aggregations/new", orgManagerPage));
        rows.add(new Row("POST", "/intake/aggregations", expect(orgManagerPage), false, false, null));
        rows.add(read("GET", "/intake/aggregations/" + builtInDefinition, orgManagerPage));
        rows.add(new Row("POST", "/intake/aggregations/987654321", expect(orgManagerPage.replace("=200", "=404")), false, false, null));
        rows.add(new Row("POST", "/intake/aggregations/987654321/enabled?enabled=false", expect(orgManagerPage.replace("=200", "=404")), false, false, null));
        rows.add(read("GET", "/intake/aggregations/recompute", orgManagerPage));
        rows.add(new Row("POST", "/intake/aggregations/recompute", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/intake/aggregations/runs/00000000-0000-0000-0000-00000000abcd/retry",
                expect(orgManagerPage.replace("=200", "=404")), false, false, null));
        rows.add(read("GET", "/intake/aggregations/actuals/" + ownAggregated, everyPerson));
        rows.add(read("GET", "/intake/aggregations/actuals/" + otherAggregated, everyPerson.replace("E=200 M=200", "E=404 M=404")));
        rows.add(read("GET", "/cycles", everyPerson));
        rows.add(read("GET", "/cycles?type=QUARTERLY&q=Q3", everyPerson));
        rows.add(read("GET", "/cycles/new", orgManagerPage));
        rows.add(new Row("POST", "/cycles/new", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/cycles/population-count", expect(orgManagerPage), false, false, null));
        rows.add(read("GET", "/cycles/" + ownCycle, everyPerson));
        rows.add(read("GET", "/cycles/" + otherCycle, everyPerson.replace("E=200 M=200", "E=404 M=404")));
        rows.add(read("GET", "/cycles/" + ownCycle + "/participants.xlsx", everyPerson));
        rows.add(read("GET", "/cycles/" + otherCycle + "/participants.xlsx", everyPerson.replace("E=200 M=200", "E=404 M=404")));
        String cycleAction = orgManagerPage.replace("=200", "=302");
        rows.add(structure("POST", "/cycles/{cycle}/phase?to=GOAL_SETTING&version=0", cycleAction, null));
        rows.add(structure("POST", "/cycles/{cycle}/deadline?phase=FEEDBACK&deadline=2026-11-02&version=0", cycleAction, null));
        rows.add(write("POST", "/cycles/{cycle}/participants/{id}/reviewer?version=0", cycleAction, null));
        rows.add(read("GET", "/calendar", everyPerson));
        rows.add(read("GET", "/calendar?year=2025", everyPerson));
        rows.add(new Row("POST", "/calendar/2032/preview", expect(orgManagerPage), false, false, null));
        rows.add(new Row("POST", "/calendar/2032/import", expect(cycleAction), false, false, null));
        // notify pages: the inbox for every person; channels for admins; the delivery log for HR and admins
        String ownNoticePage = "A=302 E=302/404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=- TW=- TA=-";
        rows.add(read("GET", "/inbox", everyPerson));
        rows.add(read("GET", "/inbox?unread=true", everyPerson));
        rows.add(read("GET", "/inbox/badge", everyPerson));
        rows.add(notice("GET", "/inbox/{notice}/open", ownNoticePage));
        rows.add(notice("POST", "/inbox/{notice}/read", ownNoticePage));
        rows.add(new Row("POST", "/inbox/read-all", expect(everyPerson.replace("=200", "=302")), false, false, null));
        rows.add(read("GET", "/inbox/preferences", everyPerson));
        rows.add(new Row("POST", "/inbox/preferences?language=zh-CN", expect("A=302 E=302 M=302 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-"),
                false, false, null));
        rows.add(read("GET", "/admin/notify", adminPage));
        rows.add(structure("POST", "/admin/notify/email?enabled=true&version=987654321", adminPage.replace("AD=200", "AD=409"), null));
        rows.add(read("GET", "/admin/notify/channels/new", adminPage));
        rows.add(new Row("POST", "/admin/notify/channels", expect(adminPage), false, false, null));
        rows.add(structure("GET", "/admin/notify/channels/{channel}/edit", adminPage, null));
        rows.add(structure("POST", "/admin/notify/channels/{channel}", adminPage, null));
        rows.add(structure("POST", "/admin/notify/channels/{channel}/test", adminPage.replace("AD=200", "AD=302"), null));
        rows.add(structure("POST", "/admin/notify/channels/{channel}/delete", adminPage.replace("AD=200", "AD=400"), null));
        rows.add(read("GET", "/admin/notify/deliveries", "A=302 E=403 M=403 HR=200 F=403 X=403 AU=403 AD=200 TR=- TW=- TA=-"));
        rows.add(read("GET", "/review/peer", everyPerson));
        rows.add(peer("GET", "/review/peer/participants/{participant}", "A=302 E=404 M=200/404 HR=200 F=403 X=403 AU=403 AD=200 TR=- TW=- TA=-", null));
        rows.add(peer("POST", "/review/peer/participants/{participant}/nominations", "A=302 E=302/404 M=302/404 HR=302 F=403 X=403 AU=403 AD=302 TR=- TW=- TA=-", null));
        rows.add(peer("POST", "/review/peer/participants/{participant}/collaborators", "A=302 E=403 M=403 HR=302 F=403 X=403 AU=403 AD=302 TR=- TW=- TA=-", null));
        rows.add(peer("GET", "/review/peer/participants/{participant}/summary", "A=302 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-", null));
        rows.add(read("GET", "/review/peer/approvals", orgManagerPage));
        rows.add(structure("POST", "/review/peer/nominations/987654321/decision", "A=302 E=403 M=403 HR=404 F=403 X=403 AU=403 AD=404 TR=- TW=- TA=-", null));
        rows.add(structure("GET", "/review/peer/forms/{peerFormOwn}", "A=302 E=200 M=404 HR=200 F=404 X=404 AU=404 AD=200 TR=- TW=- TA=-", null));
        rows.add(structure("GET", "/review/peer/forms/{peerFormOther}", "A=302 E=404 M=404 HR=200 F=404 X=404 AU=404 AD=200 TR=- TW=- TA=-", null));
        rows.add(structure("POST", "/review/peer/forms/{peerFormOther}", "A=302 E=404 M=404 HR=403 F=404 X=404 AU=404 AD=403 TR=- TW=- TA=-", null));
        // the customer's link works without signing in; an unknown token is not found for everyone
        rows.add(read("GET", "/review/peer/external/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "A=404 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=- TW=- TA=-"));
        rows.add(new Row("POST", "/review/peer/external/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                expect("A=404 E=404 M=404 HR=404 F=404 X=404 AU=404 AD=404 TR=- TW=- TA=-"), false, false, null));
        // a real link: the form, and a save without the version shown again with the problem
        String customerLink = "A=200 E=200 M=200 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-";
        rows.add(read("GET", "/review/peer/external/" + customerToken, customerLink));
        rows.add(new Row("POST", "/review/peer/external/" + customerToken + "?comment=matrix", expect(customerLink), false, false, null));
        rows.add(read("GET", "/review/defence", everyPerson));
        rows.add(read("GET", "/review/defence/export.xlsx", everyPerson));
        rows.add(peer("GET", "/review/defence/participants/{participant}", "A=302 E=200/404 M=200/404 HR=200 F=200 X=200 AU=200 AD=200 TR=- TW=- TA=-", null));
        rows.add(peer("POST", "/review/defence/participants/{participant}/comment", "A=302 E=403/404 M=302/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-", null));
        rows.add(peer("POST", "/review/defence/participants/{participant}?lessons=matrix&version={defenceVersion}",
                "A=302 E=302/404 M=403/404 HR=403 F=403 X=403 AU=403 AD=403 TR=- TW=- TA=-", null));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsTheRulesSay() {
        return matrix().stream().flatMap(row -> row.expected.entrySet().stream().flatMap(expectation -> {
            Caller caller = expectation.getKey();
            String[] ownOther = expectation.getValue().split("/");
            Stream<DynamicTest> own = Stream.of(DynamicTest.dynamicTest(row + " as " + caller + " on own",
                    () -> check(row, caller, true, ownOther[0])));
            if (!row.perEmployee) {
                return own;
            }
            String otherExpected = ownOther.length > 1 ? ownOther[1] : ownOther[0];
            return Stream.concat(own, Stream.of(DynamicTest.dynamicTest(row + " as " + caller + " on other",
                    () -> check(row, caller, false, otherExpected))));
        }));
    }

    /**
     * Every request mapping (pattern × HTTP method) has a row above, and every row reaches a mapping. A row is matched to
     * the mapping Spring would pick for its path (placeholders such as {@code {id}} stand for one path segment, the query
     * is ignored): the most specific pattern that matches and allows the row's method.
     */
    @org.junit.jupiter.api.Test
    void everyRequestMappingHasARow() {
        record Mapping(String method, String pattern, org.springframework.web.util.pattern.PathPattern parsed, String handler) {
            boolean allows(String rowMethod) {
                return method.equals("*") || method.equals(rowMethod);
            }

            @Override
            public String toString() {
                return method + " " + pattern + " (" + handler + ")";
            }
        }
        List<Mapping> mappings = new ArrayList<>();
        handlerMappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
            for (String pattern : info.getPatternValues()) {
                if (NO_ROW_NEEDED.stream().anyMatch(free -> pattern.equals(free) || pattern.startsWith(free + "/")
                        || pattern.startsWith(free + "."))) {
                    continue;
                }
                var parsed = org.springframework.web.util.pattern.PathPatternParser.defaultInstance.parse(pattern);
                String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
                for (String method : methods.isEmpty() ? Set.of("*") : methods) {
                    mappings.add(new Mapping(method, pattern, parsed, name));
                }
            }
        });
        assertThat(mappings).as("the application's request mappings").hasSizeGreaterThan(100);
        Set<String> covered = new java.util.HashSet<>();
        List<String> strayRows = new ArrayList<>();
        for (Row row : matrix()) {
            String path = row.path.replaceAll("\\?.*$", "").replaceAll("\\{[^}/]+}", "1");
            var container = org.springframework.http.server.PathContainer.parsePath(path);
            mappings.stream()
                    .filter(mapping -> mapping.allows(row.method) && mapping.parsed.matches(container))
                    .min((a, b) -> org.springframework.web.util.pattern.PathPattern.SPECIFICITY_COMPARATOR.compare(a.parsed, b.parsed))
                    .ifPresentOrElse(mapping -> covered.add(mapping.method + " " + mapping.pattern), () -> strayRows.add(row.toString()));
        }
        List<String> missing = mappings.stream().filter(mapping -> !covered.contains(mapping.method + " " + mapping.pattern))
                .map(Mapping::toString).sorted().distinct().toList();
        if (!missing.isEmpty() || !strayRows.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(missing.size() + " request mapping(s) without a row in AccessMatrixIT.rows() "
                    + "(add a row for each, or, if public by design, a commented entry in NO_ROW_NEEDED):\n  "
                    + String.join("\n  ", missing)
                    + (strayRows.isEmpty() ? "" : "\n" + strayRows.size() + " row(s) reaching no request mapping (endpoint renamed or removed?):\n  "
                    + String.join("\n  ", strayRows)));
        }
    }

    private void check(Row row, Caller caller, boolean own, String expected) throws Exception {
        if (expected.equals("-")) {
            return;
        }
        EmployeeView target = row.perEmployee ? target(row, caller, own) : null;
        String path = row.path;
        if (target != null) {
            path = path.replace("{id}", String.valueOf(target.id()))
                    .replace("{participant}", String.valueOf(participantOf.get(target.id())));
        }
        path = path.replace("{peerFormOwn}", String.valueOf(peerFormOwn)).replace("{peerFormOther}", String.valueOf(peerFormOther));
        // fresh structure records only where a row names one
        if (path.contains("{unit}")) {
            path = path.replace("{unit}", String.valueOf(fixture.asHr(() -> units.create(newUnit())).id()));
        }
        if (path.contains("{region}")) {
            path = path.replace("{region}", String.valueOf(fixture.asHr(() -> regions.create(newRegion())).id()));
        }
        if (path.contains("{position}")) {
            path = path.replace("{position}", String.valueOf(fixture.asHr(() -> positions.create(newPosition())).id()));
        }
        path = path.replace("{account}", String.valueOf(accountId))
                .replace("{job}", String.valueOf(hrJobId))
                .replace("{notice}", String.valueOf(own ? ownNotice : otherNotice))
                .replace("{channel}", String.valueOf(channelId));
        if (path.contains("{cycle}")) {
            path = path.replace("{cycle}", String.valueOf(freshCycle.get()));
        }
        for (Map.Entry<String, Function<EmployeeView, Object>> late : lateValues.entrySet()) {
            if (path.contains("{" + late.getKey() + "}")) {
                path = path.replace("{" + late.getKey() + "}", String.valueOf(late.getValue().apply(target)));
            }
        }
        assertThat(path).as(row + ": every placeholder is known").doesNotContain("{");
        Object payload = row.body == null ? null : row.body.apply(target);
        org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request;
        if (payload instanceof org.springframework.mock.web.MockMultipartFile file) {
            request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(HttpMethod.valueOf(row.method), path).file(file);
        } else {
            MockHttpServletRequestBuilder plain = request(HttpMethod.valueOf(row.method), path);
            if (payload != null) {
                plain.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(payload));
            }
            request = plain;
        }
        request.with(csrf());
        if (caller != Caller.A) {
            request.with(TestUsers.as(callers.get(caller)));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (expected.equals("OK")) {
            assertThat(status).as(row + " as " + caller).isBetween(200, 399);
        } else {
            assertThat(status).as(row + " as " + caller + (own ? " on own" : " on other")).isEqualTo(Integer.parseInt(expected));
        }
    }

    /** Reads look at the shared team; writes get fresh records so that no case changes another's data. */
    private EmployeeView target(Row row, Caller caller, boolean own) {
        if (!row.mutates) {
            return own ? team.staff() : team.peer();
        }
        if (own && caller == Caller.E) {
            return team.staff();
        }
        EmployeeView fresh = fixture.employee("新人", team.unit(), team.position(), own ? team.lead().id() : team.other().id());
        if (row.path.endsWith("/reactivate")) {
            return fixture.asHr(() -> employees.deactivate(fresh.id(), new Deactivation(LocalDate.of(2025, 1, 31), null)));
        }
        return fresh;
    }

    private dev.kaohe.goal.GoalForm personalGoal(long ownerId) {
        return new dev.kaohe.goal.GoalForm(dev.kaohe.goal.domain.GoalLevel.PERSONAL, null, 2031, 3, null, null, null, ownerId,
                "矩阵目标 10 家", null, null, null, null, null, java.math.BigDecimal.TEN, null, "家", null, java.math.BigDecimal.valueOf(20),
                null, null, null, List.of(), null);
    }

    private static org.springframework.mock.web.MockMultipartFile file(String name, String contentType, byte[] content) {
        return new org.springframework.mock.web.MockMultipartFile("file", name, contentType, content);
    }

    private long selfVersion(long cycleId, long employeeId) {
        return jdbc.queryForList("select version from review_form where cycle_id = ? and employee_id = ? and kind = 'SELF'",
                Long.class, cycleId, employeeId).stream().findFirst().orElse(0L);
    }

    private EmployeeForm newEmployeeForm() {
        return new EmployeeForm(OrgFixture.unique("N"), "新员工", team.unit().id(), team.position().id(), team.lead().id(),
                null, LocalDate.of(2024, 5, 6), false, null, null, null, null);
    }

    /** A quarterly cycle over the shared team, in self-assessment. */
    private long reviewCycle() {
        String code = OrgFixture.unique("MR").toUpperCase();
        return fixture.asHr(() -> {
            schemes.create(new SchemeForm(code, "矩阵考核方案", null, List.of(), "B", null, null));
            schemes.lock(code, 1);
            dev.kaohe.cycle.CycleView created = cycles.create(new dev.kaohe.cycle.CycleForm("矩阵周期", dev.kaohe.cycle.CycleType.QUARTERLY,
                    LocalDate.of(2031, 7, 1), LocalDate.of(2031, 9, 30), code, null,
                    new dev.kaohe.cycle.Population(List.of(team.company().id()), true, null, null, null, null, false), null));
            return cycles.changePhase(created.id(), new dev.kaohe.cycle.PhaseChange(dev.kaohe.cycle.CyclePhase.SELF_ASSESSMENT,
                    "矩阵", created.version())).id();
        });
    }

    private OrgUnitForm newUnit() {
        return new OrgUnitForm(OrgFixture.unique("MU"), "矩阵团队", OrgUnitKind.TEAM, team.company().id(), 0, null);
    }

    private RegionForm newRegion() {
        return new RegionForm(OrgFixture.unique("MR"), "矩阵区域", RegionLevel.MACRO, null, List.of(), null);
    }

    private PositionForm newPosition() {
        return new PositionForm(OrgFixture.unique("MP"), "矩阵岗位", PositionFamily.BRAND, null, null);
    }

    /** A PUT on a record created just before, so at version 0. */
    private Object withVersion(Object form) {
        Map<String, Object> body = new java.util.HashMap<>(json.convertValue(form, Map.class));
        body.put("version", 0);
        return body;
    }

    private static java.util.function.Supplier<Object> none() {
        return () -> Map.of();
    }

    /** One committed order of {@code employeeId} in 2031-04, aggregated into its monthly sales actual; returns the actual's id. */
    private long aggregatedSales(long employeeId) {
        java.util.UUID batch = java.util.UUID.randomUUID();
        jdbc.update("""
                insert into intake_batch (id, channel, file_name, content_hash, imported_by, importer_name, created_at, status, record_type)
                values (?, 'API', null, ?, 1, 'matrix', now(), 'COMMITTED', 'ORDER')""", batch, (batch.toString() + batch).replace("-", "").substring(0, 64));
        jdbc.update("""
                insert into business_record (batch_id, row_number, record_type, employee_id, employee_no, occurred_on, amount)
                values (?, 1, 'ORDER', ?, (select employee_no from employee where id = ?), date '2031-04-15', 10)""", batch, employeeId, employeeId);
        events.publishEvent(new dev.kaohe.intake.RecordsCommitted(batch, dev.kaohe.intake.RecordType.ORDER,
                java.time.YearMonth.of(2031, 4), java.time.YearMonth.of(2031, 4)));
        return jdbc.queryForObject("select id from indicator_actual where current and employee_id = ? and indicator_code = 'SALES_AMOUNT' and period = '2031-04'",
                Long.class, employeeId);
    }

    private static Row read(String method, String path, String expected) {
        return new Row(method, path, expect(expected), path.contains("{id}"), false, null);
    }

    /** A notice: the own record is the employee's (E's) notice, the other one a peer's; no one else's is ever reachable. */
    private static Row notice(String method, String path, String expected) {
        return new Row(method, path, expect(expected), true, false, null);
    }

    private static Row write(String method, String path, String expected, Function<EmployeeView, Object> body) {
        return new Row(method, path, expect(expected), path.contains("{id}"), true, body);
    }

    /** A row on the shared team's participants (own: the staff member, other: the peer outside the reach). */
    private static Row peer(String method, String path, String expected, Function<EmployeeView, Object> body) {
        return new Row(method, path, expect(expected), true, false, body);
    }

    private static Row structure(String method, String path, String expected, java.util.function.Supplier<Object> body) {
        return new Row(method, path, expect(expected), false, !method.equals("GET"), body == null ? null : target -> body.get());
    }

    private static Map<Caller, String> expect(String spec) {
        Map<Caller, String> expected = new EnumMap<>(Caller.class);
        for (String part : spec.trim().split("\\s+")) {
            String[] pair = part.split("=");
            expected.put(Caller.valueOf(pair[0]), pair[1]);
        }
        assertThat(expected.keySet()).as("every caller has an expectation in " + spec).containsExactlyInAnyOrder(Caller.values());
        return expected;
    }

    record Row(String method, String path, Map<Caller, String> expected, boolean perEmployee, boolean mutates,
               Function<EmployeeView, Object> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
