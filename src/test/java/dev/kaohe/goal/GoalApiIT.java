package dev.kaohe.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The goal API: cascade, rules, confirmation, adjustments and check-ins, per role. */
@IntegrationTest
@Import(OrgFixture.class)
class GoalApiIT {

    static final int YEAR = 2031;

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    OrgFixture.Team team;
    CurrentUser hr;
    CurrentUser boss;
    CurrentUser staff;
    CurrentUser peer;
    CurrentUser auditor;

    @BeforeEach
    void organisation() {
        team = fixture.team();
        hr = TestUsers.user("g-hr", null, Role.HR);
        boss = TestUsers.user("g-boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
        staff = TestUsers.user("g-staff-" + team.staff().id(), team.staff().id());
        peer = TestUsers.user("g-peer-" + team.peer().id(), team.peer().id());
        auditor = TestUsers.user("g-auditor", null, Role.AUDITOR);
    }

    Map<String, Object> goal(String level, Object parentId, String title, Object target, String unit, Object weight, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("parentId", parentId);
        body.put("year", YEAR);
        body.put("quarter", 3);
        body.put("title", title);
        body.put("targetValue", target);
        body.put("unit", unit);
        body.put("weight", weight);
        body.put("category", category);
        body.put("dataSource", "CRM");
        body.put("dueDate", YEAR + "-09-30");
        return body;
    }

    ResultActions send(MockHttpServletRequestBuilder request, CurrentUser user, Object body) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    long companyGoal() throws Exception {
        Map<String, Object> body = goal("COMPANY", null, "营收增长30%", 30, "%", 0, "OUTCOME");
        body.put("source", "STRATEGY_MEETING");
        return id(send(post("/api/v1/goals"), hr, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("STRATEGY_MEETING")));
    }

    long teamGoal(long parent) throws Exception {
        Map<String, Object> body = goal("UNIT", parent, "新客户获取+40%", 40, "%", 100, "OUTCOME");
        body.put("orgUnitId", team.unit().id());
        body.put("core", true);
        return id(send(post("/api/v1/goals"), boss, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", hasItem(containsString("核心目标1个")))));
    }

    @Test
    void hrEntersACompanyGoalAManagerCascadesItAndTheEmployeeSeesOnlyTheirOwnAndTheTeamsGoals() throws Exception {
        long company = companyGoal();
        long teamGoal = teamGoal(company);
        long own = id(send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", teamGoal, "新客户签约 50 家", 50, "家", 70, "OUTCOME"), team.staff().id()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.smart.passed").value(true))
                .andExpect(jsonPath("$.parentTitle").value("新客户获取+40%"))
                .andExpect(jsonPath("$.warnings", hasItem(containsString("权重合计70%")))));
        long peers = id(send(post("/api/v1/goals"), hr, withOwner(goal("PERSONAL", teamGoal, "新客户签约 40 家", 40, "家", 100, "OUTCOME"), team.peer().id()))
                .andExpect(status().isCreated()));

        mvc.perform(get("/api/v1/goals/{id}", own).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/goals/{id}", teamGoal).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/goals/{id}", company).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/goals/{id}", peers).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/{id}", peers).with(as(boss))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/{id}", peers).with(as(auditor))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/goals/alignment").param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roots[?(@.goalId == " + company + ")].children[0].children[*].goalId", hasItem((int) own)))
                .andExpect(jsonPath("$..goalId", not(hasItem((int) peers))));
    }

    @Test
    void rolesThatNeverActAreRefusedAndPeopleOutOfReachAreNotFound() throws Exception {
        long company = companyGoal();
        send(post("/api/v1/goals"), auditor, withOwner(goal("PERSONAL", null, "x 1", 1, "家", 10, "OUTCOME"), team.staff().id()))
                .andExpect(status().isForbidden());
        Map<String, Object> companyByStaff = goal("COMPANY", null, "市场份额+5%", 5, "%", 0, "OUTCOME");
        companyByStaff.put("source", "ANNUAL_PLAN");
        send(post("/api/v1/goals"), staff, companyByStaff).andExpect(status().isForbidden());
        send(post("/api/v1/goals"), staff, withOwner(goal("PERSONAL", null, "x 1", 1, "家", 10, "OUTCOME"), team.peer().id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/{id}", company).with(as(TestUsers.token("g-token", "org:read")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/goals/{id}", company)).andExpect(status().isUnauthorized());
    }

    @Test
    void aVagueGoalIsSavedWithItsSmartFailuresAndARewriteSuggestion() throws Exception {
        Map<String, Object> body = goal("PERSONAL", null, "提升品牌影响力", null, null, 30, "PROCESS");
        body.put("dataSource", null);
        body.put("dueDate", null);
        long id = id(send(post("/api/v1/goals"), boss, withOwner(body, team.staff().id())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.smart.passed").value(false))
                .andExpect(jsonPath("$.smart.issues[*].code", hasItem("vagueVerb")))
                .andExpect(jsonPath("$.smart.issues[*].code", hasItem("noParent")))
                .andExpect(jsonPath("$.smart.suggestion").value(containsString("社交媒体互动率提升15%"))));
        assertThat(jdbc.queryForObject("select smart_issues from goal where id = ?", String.class, id)).contains("S:vagueVerb", "T:noDeadline");
    }

    @Test
    void badInputNamesEveryField() throws Exception {
        Map<String, Object> body = goal("PERSONAL", null, " ", 1, "家", 120, "OUTCOME");
        body.put("quarter", 5);
        body.put("type", "OKR");
        send(post("/api/v1/goals"), boss, withOwner(body, team.staff().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("quarter")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("weight")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("keyResults")));
    }

    @Test
    void anOkrGoalCarriesKeyResultsWithProgressAndWeight() throws Exception {
        Map<String, Object> body = goal("PERSONAL", null, "提升新品上市成功率", null, null, 100, "OUTCOME");
        body.put("type", "OKR");
        body.put("keyResults", List.of(
                Map.of("title", "上市当月市场知晓度达到 30", "targetValue", 30, "unit", "%", "progress", 50, "weight", 40),
                Map.of("title", "试用申请量达到 2000", "targetValue", 2000, "unit", "份", "progress", 100, "weight", 30),
                Map.of("title", "首批用户满意度达到 4.5", "targetValue", 4.5, "unit", "分", "progress", 0, "weight", 30)));
        send(post("/api/v1/goals"), boss, withOwner(body, team.staff().id())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.keyResults", hasSize(3)))
                .andExpect(jsonPath("$.progress").value(50.0))
                .andExpect(jsonPath("$.smart.issues[*].code", not(hasItem("noNumber"))));
    }

    @Test
    void theSecondOfTwoManagersSavingTheSameVersionGetsAConflictAndTheFirstChangeStays() throws Exception {
        long id = id(send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", null, "拜访客户 30 次", 30, "次", 40, "PROCESS"), team.staff().id())));
        CurrentUser lead = TestUsers.user("g-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        Map<String, Object> first = goal("PERSONAL", null, "拜访客户 35 次", 35, "次", 40, "PROCESS");
        first.put("version", 0);
        Map<String, Object> second = goal("PERSONAL", null, "拜访客户 25 次", 25, "次", 40, "PROCESS");
        second.put("version", 0);
        send(put("/api/v1/goals/{id}", id), boss, first).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        send(put("/api/v1/goals/{id}", id), lead, second).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(get("/api/v1/goals/{id}", id).with(as(staff))).andExpect(jsonPath("$.targetValue").value(35));
    }

    @Test
    void bothSidesConfirmThenTheGoalsAreLockedAndOnlyAnApprovedAdjustmentChangesThem() throws Exception {
        long a = id(send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", null, "季度销售额 200 万", 200, "万元", 65, "OUTCOME"), team.staff().id())));
        send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", null, "拜访客户 30 次", 30, "次", 25, "PROCESS"), team.staff().id()));
        String person = "/api/v1/goals/people/" + team.staff().id() + "/confirmation?year=" + YEAR + "&quarter=3";

        send(post(person.replace("/confirmation", "/confirmation/employee")), staff, Map.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("90%")));
        send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", null, "转介绍 5 个", 5, "个", 10, "PROCESS"), team.staff().id()));
        send(put(person), staff, Map.of("whatNote", "Q3 三个目标", "howNote", "每周拜访", "supportNote", "需要市场部线索", "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.supportNote").value("需要市场部线索"));
        send(post(person.replace("/confirmation", "/confirmation/manager")), staff, Map.of()).andExpect(status().isForbidden());
        send(post(person.replace("/confirmation", "/confirmation/employee")), staff, Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false));
        send(post(person.replace("/confirmation", "/confirmation/manager")), boss, Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.goals.goals[*].status", not(hasItem("DRAFT"))));

        Map<String, Object> edit = goal("PERSONAL", null, "季度销售额 250 万", 250, "万元", 65, "OUTCOME");
        edit.put("version", 1);
        send(put("/api/v1/goals/{id}", a), boss, edit).andExpect(status().isConflict());

        Map<String, Object> request = Map.of("reasonCategory", "POLICY_CHANGE", "reason", "行业新规限制投放",
                "requestedTarget", 150, "requestedChallenge", 50);
        long adjustment = id(send(post("/api/v1/goals/{id}/adjustments", a), staff, request).andExpect(status().isCreated())
                .andExpect(jsonPath("$.countInQuarter").value(1)));
        send(post("/api/v1/goals/{id}/adjustments", a), staff, request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goalId"));
        send(post("/api/v1/goals/adjustments/{id}/decision", adjustment), staff, Map.of("approve", true)).andExpect(status().isForbidden());
        CurrentUser lead = TestUsers.user("g-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        send(post("/api/v1/goals/adjustments/{id}/decision", adjustment), lead, Map.of("approve", true, "note", "同意"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/goals/{id}", a).with(as(staff)))
                .andExpect(jsonPath("$.targetValue").value(150))
                .andExpect(jsonPath("$.challengeValue").value(50))
                .andExpect(jsonPath("$.revision").value(2));
        mvc.perform(get("/api/v1/goals/{id}/revisions", a).with(as(staff)))
                .andExpect(jsonPath("$[0].targetValue").value(200));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type in ('goal', 'goal_adjustment') and entity_id = ? order by seq",
                String.class, String.valueOf(a))).contains("goal.create", "goal.lock", "goal.adjust");
    }

    @Test
    void aMonthlyReviewBelowPlanAsksForTheCauseAndTheCheckInMovesProgress() throws Exception {
        long id = id(send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", null, "季度销售额 200 万", 200, "万元", 100, "OUTCOME"), team.staff().id())));
        send(post("/api/v1/goals/{id}/check-ins", id), staff, Map.of("kind", "WEEKLY", "periodDate", YEAR + "-07-07", "value", 40, "note", "两单"))
                .andExpect(status().isCreated());
        send(post("/api/v1/goals/{id}/check-ins", id), staff, Map.of("kind", "MONTHLY", "periodDate", YEAR + "-07-31", "value", 50, "plannedValue", 66))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("shortfallCause"));
        send(post("/api/v1/goals/{id}/check-ins", id), staff, Map.of("kind", "MONTHLY", "periodDate", YEAR + "-07-31", "value", 50,
                "plannedValue", 66, "shortfallCause", "MARKET")).andExpect(status().isCreated()).andExpect(jsonPath("$.shortfall").value(true));
        mvc.perform(get("/api/v1/goals/{id}", id).with(as(staff))).andExpect(jsonPath("$.progress").value(25.0));
        send(post("/api/v1/goals/{id}/check-ins", id), peer, Map.of("kind", "WEEKLY", "periodDate", YEAR + "-07-07", "value", 1))
                .andExpect(status().isNotFound());
        send(post("/api/v1/goals/{id}/actions", id), staff, Map.of("step", "每周策划2篇爆款文章", "ownerName", "小明",
                "budget", 5000, "risk", "竞争加剧", "countermeasure", "提前储备选题")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/goals/{id}/actions", id).with(as(boss))).andExpect(jsonPath("$[0].ownerName").value("小明"));
    }

    @Test
    void aTemplateGivesEveryHolderOfThePositionInTheTeamTheirGoalsAtOnce() throws Exception {
        long company = companyGoal();
        long teamGoal = teamGoal(company);
        String code = OrgFixture.unique("T");
        long template = id(send(post("/api/v1/goals/templates"), hr, Map.of("code", code, "name", "销售代表季度目标",
                "positionId", team.position().id(), "items", List.of(
                        Map.of("title", "季度销售额 150 万", "category", "OUTCOME", "targetValue", 150, "unit", "万元", "weight", 65, "dataSource", "CRM"),
                        Map.of("title", "客户拜访 40 次", "category", "PROCESS", "targetValue", 40, "unit", "次", "weight", 35, "dataSource", "CRM"))))
                .andExpect(status().isCreated()));
        send(post("/api/v1/goals/templates/{id}/apply", template), boss, Map.of("orgUnitId", team.unit().id(),
                "parentGoalId", teamGoal, "year", YEAR, "quarter", 3, "dueDate", YEAR + "-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.people", hasItem(team.staff().name())));
        mvc.perform(get("/api/v1/goals/people/{id}", team.lead().id()).param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(boss)))
                .andExpect(jsonPath("$.goals", hasSize(2)))
                .andExpect(jsonPath("$.weightSum").value(100))
                .andExpect(jsonPath("$.warnings", hasSize(0)));
        send(post("/api/v1/goals/templates/{id}/apply", template), boss, Map.of("orgUnitId", team.unit().id(),
                "parentGoalId", teamGoal, "year", YEAR, "quarter", 3)).andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void aNewHireGivenTheVeteransQuotaOnTheSameTeamGoalIsWarned(@Autowired dev.kaohe.org.Employees employees) throws Exception {
        long teamGoal = teamGoal(companyGoal());
        var newHire = fixture.asHr(() -> employees.create(new dev.kaohe.org.EmployeeForm(OrgFixture.unique("E"), "新人小王",
                team.unit().id(), team.position().id(), team.lead().id(), null, java.time.LocalDate.of(2024, 1, 1), true, null, null, null, null)));
        send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", teamGoal, "季度销售额 200 万", 200, "万元", 100, "OUTCOME"), team.staff().id()))
                .andExpect(jsonPath("$.warnings", not(hasItem(containsString("新员工")))));
        send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", teamGoal, "季度销售额 200 万", 200, "万元", 100, "OUTCOME"), newHire.id()))
                .andExpect(jsonPath("$.warnings", hasItem(containsString("新员工承担了与老员工相同的指标"))));
        send(post("/api/v1/goals"), boss, withOwner(goal("PERSONAL", teamGoal, "季度销售额 120 万", 120, "万元", 100, "OUTCOME"), newHire.id()))
                .andExpect(jsonPath("$.warnings", not(hasItem(containsString("新员工")))));
    }

    @Test
    void aJointGoalIsSharedWithThePartnerDepartment() throws Exception {
        var sales = fixture.unit("销售部", team.company().id());
        var seller = fixture.employee("销售甲", sales, team.position(), null);
        Map<String, Object> body = goal("UNIT", companyGoal(), "联合获客：线索转化率 8% -> 12%", 12, "%", 100, "OUTCOME");
        body.put("orgUnitId", team.unit().id());
        body.put("partnerOrgUnitId", sales.id());
        long joint = id(send(post("/api/v1/goals"), boss, body).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/goals/{id}", joint).with(as(TestUsers.user("g-seller-" + seller.id(), seller.id())))).andExpect(status().isOk());
        var service = fixture.unit("客服部", team.company().id());
        var agent = fixture.employee("客服乙", service, team.position(), null);
        mvc.perform(get("/api/v1/goals/{id}", joint).with(as(TestUsers.user("g-agent-" + agent.id(), agent.id())))).andExpect(status().isNotFound());
    }

    static Map<String, Object> withOwner(Map<String, Object> body, long owner) {
        body.put("ownerEmployeeId", owner);
        return body;
    }
}
