package dev.kaohe.goal;

import java.util.HashMap;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The goal and adjustment lists: paging, search, empty states, approvers, archiving and templates. */
@IntegrationTest
@Import(OrgFixture.class)
class GoalListsIT {

    static final int YEAR = 2034;

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    OrgFixture.Team team;
    CurrentUser hr;
    CurrentUser boss;
    CurrentUser lead;
    CurrentUser staff;
    CurrentUser peer;

    @BeforeEach
    void organisation() {
        team = fixture.team();
        hr = TestUsers.user("gl-hr", null, Role.HR);
        boss = TestUsers.user("gl-boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
        lead = TestUsers.user("gl-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        staff = TestUsers.user("gl-staff-" + team.staff().id(), team.staff().id());
        peer = TestUsers.user("gl-peer-" + team.peer().id(), team.peer().id());
    }

    Map<String, Object> personal(long owner, String title, Object weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", "PERSONAL");
        body.put("ownerEmployeeId", owner);
        body.put("year", YEAR);
        body.put("quarter", 2);
        body.put("title", title);
        body.put("targetValue", 10);
        body.put("unit", "家");
        body.put("weight", weight);
        body.put("category", "OUTCOME");
        body.put("dataSource", "CRM");
        body.put("dueDate", YEAR + "-06-30");
        return body;
    }

    ResultActions send(MockHttpServletRequestBuilder request, CurrentUser user, Object body) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void theGoalListPagesAndSearchesWithinReach() throws Exception {
        String token = OrgFixture.unique("搜").toUpperCase();
        for (int i = 1; i <= 3; i++) {
            send(post("/api/v1/goals"), boss, personal(team.staff().id(), token + " 签约 " + i + " 家", 10)).andExpect(status().isCreated());
        }
        send(post("/api/v1/goals"), hr, personal(team.peer().id(), token + " 同事目标 4 家", 10)).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token.toLowerCase())
                        .param("size", "2").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content", hasSize(2)));
        mvc.perform(get("/api/v1/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token)
                        .param("size", "2").param("page", "1").with(as(staff)))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].title").value(containsString(token)));
        mvc.perform(get("/api/v1/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token).with(as(hr)))
                .andExpect(jsonPath("$.totalElements").value(4));

        mvc.perform(get("/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(token + " 签约 1 家")))
                .andExpect(content().string(not(containsString("同事目标"))));
        mvc.perform(get("/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token + "无此").with(as(staff)))
                .andExpect(content().string(containsString("没有符合条件的目标")));
    }

    @Test
    void theAdjustmentListSearches() throws Exception {
        String token = OrgFixture.unique("调").toUpperCase();
        long goal = id(send(post("/api/v1/goals"), boss, personal(team.staff().id(), token + " 拜访 20 家", 100)));
        send(post("/api/v1/goals/{id}/adjustments", goal), staff, Map.of("reasonCategory", "POLICY_CHANGE", "reason", "新规",
                "requestedTarget", 5)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/goals/adjustments").param("q", token).with(as(hr)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].goalTitle").value(containsString(token)));
        mvc.perform(get("/api/v1/goals/adjustments").param("q", token).with(as(peer)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/goals/adjustments").param("q", token).with(as(hr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(token + " 拜访 20 家")));
        mvc.perform(get("/goals/adjustments").param("q", token + "无此").with(as(hr)))
                .andExpect(content().string(containsString("没有符合搜索条件的申请")));
    }

    @Test
    void onlyTheRequestersManagerOrHrDecidesAndTheManagerSeesItWaiting() throws Exception {
        long goal = id(send(post("/api/v1/goals"), boss, personal(team.staff().id(), OrgFixture.unique("审") + " 拜访 30 家", 100)));
        long request = id(send(post("/api/v1/goals/{id}/adjustments", goal), staff, Map.of("reasonCategory", "MAJOR_EMERGENCY",
                "reason", "停工", "requestedTarget", 20)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.approverEmployeeId").value(team.lead().id()))
                .andExpect(jsonPath("$.approverName").value(team.lead().name())));

        mvc.perform(get("/api/v1/goals/adjustments").param("waitingForMe", "true").param("size", "200").with(as(lead)))
                .andExpect(jsonPath("$.content[?(@.id == " + request + ")].waitingForMe").value(org.hamcrest.Matchers.contains(true)));
        mvc.perform(get("/api/v1/goals/adjustments").param("waitingForMe", "true").param("size", "200").with(as(boss)))
                .andExpect(jsonPath("$.content[?(@.id == " + request + ")]", hasSize(0)));

        Map<String, Object> approve = Map.of("approve", true);
        send(post("/api/v1/goals/adjustments/{id}/decision", request), staff, approve).andExpect(status().isForbidden());
        send(post("/api/v1/goals/adjustments/{id}/decision", request), boss, approve).andExpect(status().isForbidden());
        send(post("/api/v1/goals/adjustments/{id}/decision", request), TestUsers.user("gl-exec", null, Role.EXECUTIVE), approve)
                .andExpect(status().isForbidden());
        send(post("/api/v1/goals/adjustments/{id}/decision", request), peer, approve).andExpect(status().isNotFound());
        send(post("/api/v1/goals/adjustments/{id}/decision", request), lead, approve).andExpect(status().isOk())
                .andExpect(jsonPath("$.decidedBy").value(lead.username()));

        // the top of the line has no manager: HR decides, and HR may decide any request
        long bossGoal = id(send(post("/api/v1/goals"), hr, personal(team.boss().id(), OrgFixture.unique("审") + " 签约 8 家", 100)));
        long own = id(send(post("/api/v1/goals/{id}/adjustments", bossGoal), boss, Map.of("reasonCategory", "POLICY_CHANGE",
                "reason", "新规", "requestedTarget", 5)).andExpect(jsonPath("$.approverEmployeeId").doesNotExist()));
        mvc.perform(get("/api/v1/goals/adjustments").param("waitingForMe", "true").param("size", "200").with(as(hr)))
                .andExpect(jsonPath("$.content[?(@.id == " + own + ")].waitingForMe").value(org.hamcrest.Matchers.contains(true)));
        send(post("/api/v1/goals/adjustments/{id}/decision", own), boss, approve).andExpect(status().isForbidden());
        send(post("/api/v1/goals/adjustments/{id}/decision", own), hr, Map.of("approve", false)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
    }

    long unitGoal(String title) throws Exception {
        Map<String, Object> body = personal(0, title, 100);
        body.remove("ownerEmployeeId");
        body.put("level", "UNIT");
        body.put("orgUnitId", team.unit().id());
        return id(send(post("/api/v1/goals"), boss, body).andExpect(status().isCreated()));
    }

    @Test
    void aTemplateIsEditedWithAnOkrItemUnderItsOwnParentAndADeactivatedOneCannotBeApplied() throws Exception {
        long shared = unitGoal("新客户获取+40%");
        long brand = unitGoal("品牌声量提升：曝光 500 万");
        String code = OrgFixture.unique("T");
        Map<String, Object> kpi = new HashMap<>(Map.of("title", "季度销售额 150 万", "category", "OUTCOME", "targetValue", 150,
                "unit", "万元", "weight", 70, "dataSource", "CRM"));
        String template = send(post("/api/v1/goals/templates"), hr, Map.of("code", code, "name", "销售代表", "positionId",
                team.position().id(), "items", java.util.List.of(kpi))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true)).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(template, "$.id")).longValue();

        Map<String, Object> okr = Map.of("title", "品牌内容影响力", "category", "PROCESS", "weight", 30, "type", "OKR",
                "parentGoalId", brand, "keyResults", java.util.List.of(
                        Map.of("title", "爆款文章 6 篇", "targetValue", 6, "unit", "篇", "weight", 50),
                        Map.of("title", "粉丝增长 2 万", "targetValue", 2, "unit", "万", "weight", 50)));
        Map<String, Object> edit = new HashMap<>(Map.of("code", code, "name", "销售代表（新版）", "positionId", team.position().id(),
                "items", java.util.List.of(kpi, okr), "version", 0));
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/goals/templates/{id}", id), staff, edit)
                .andExpect(status().isForbidden());
        Map<String, Object> noKeyResults = new HashMap<>(edit);
        noKeyResults.put("items", java.util.List.of(Map.of("title", "空 OKR", "weight", 30, "type", "OKR")));
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/goals/templates/{id}", id), hr, noKeyResults)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].keyResults"));
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/goals/templates/{id}", id), hr, edit)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("销售代表（新版）"))
                .andExpect(jsonPath("$.items[1].type").value("OKR"))
                .andExpect(jsonPath("$.items[1].keyResults", hasSize(2)))
                .andExpect(jsonPath("$.parentTitles[1]").value("品牌声量提升：曝光 500 万"))
                .andExpect(jsonPath("$.weightSum").value(100));
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/goals/templates/{id}", id), hr, edit)
                .andExpect(status().isConflict());
        mvc.perform(get("/goals/templates/{id}/edit", id).with(as(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString("爆款文章 6 篇 | 6 | 篇 | 50")));

        send(post("/api/v1/goals/templates/{id}/apply", id), boss, Map.of("orgUnitId", team.unit().id(), "parentGoalId", shared,
                "year", YEAR, "quarter", 2, "dueDate", YEAR + "-06-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$.people", org.hamcrest.Matchers.hasItem(team.staff().name())));
        mvc.perform(get("/api/v1/goals/people/{id}", team.staff().id()).param("year", String.valueOf(YEAR)).param("quarter", "2").with(as(lead)))
                .andExpect(jsonPath("$.goals[?(@.title == '品牌内容影响力')].type").value(org.hamcrest.Matchers.contains("OKR")))
                .andExpect(jsonPath("$.goals[?(@.title == '品牌内容影响力')].parentId").value(org.hamcrest.Matchers.contains((int) brand)))
                .andExpect(jsonPath("$.goals[?(@.title == '季度销售额 150 万')].parentId").value(org.hamcrest.Matchers.contains((int) shared)))
                .andExpect(jsonPath("$.goals[?(@.title == '品牌内容影响力')].keyResults[*].title",
                        org.hamcrest.Matchers.containsInAnyOrder("爆款文章 6 篇", "粉丝增长 2 万")));

        Object version = JsonPath.read(mvc.perform(get("/api/v1/goals/templates/{id}", id).with(as(hr))).andReturn().getResponse()
                .getContentAsString(), "$.version");
        send(post("/api/v1/goals/templates/{id}/deactivate", id), hr, Map.of("version", version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        send(post("/api/v1/goals/templates/{id}/apply", id), boss, Map.of("orgUnitId", team.unit().id(), "year", YEAR, "quarter", 1))
                .andExpect(status().isConflict());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                "select action from audit_entry where entity_type = 'goal_template' and entity_id = ? order by seq", String.class, String.valueOf(id)))
                .containsExactly("goal.template.create", "goal.template.update", "goal.template.deactivate");
    }

    @Test
    void aKpiGoalsIndicatorCodeMustNameAnIndicatorInUse(@Autowired dev.kaohe.indicator.Indicators indicators) throws Exception {
        Map<String, Object> unknown = personal(team.staff().id(), "销售额 100 万", 10);
        unknown.put("indicatorCode", "NO_SUCH_INDICATOR");
        send(post("/api/v1/goals"), boss, unknown).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NO_SUCH_INDICATOR")));

        String code = OrgFixture.unique("GI").toUpperCase();
        TestUsers.runAs(hr, () -> indicators.create(new dev.kaohe.indicator.IndicatorForm(code, "停用指标", "Retired", null, null,
                dev.kaohe.indicator.IndicatorDimension.GROWTH, dev.kaohe.indicator.IndicatorUnit.COUNT,
                dev.kaohe.indicator.Direction.HIGHER_IS_BETTER, dev.kaohe.indicator.IndicatorType.PROCESS,
                dev.kaohe.indicator.Measure.QUANTITATIVE, dev.kaohe.indicator.DataSource.MANUAL, null, null, null, null)));
        Map<String, Object> known = personal(team.staff().id(), "拜访 10 次", 10);
        known.put("indicatorCode", code);
        send(post("/api/v1/goals"), boss, known).andExpect(status().isCreated()).andExpect(jsonPath("$.indicatorCode").value(code));
        TestUsers.runAs(hr, () -> indicators.deactivate(code, 0L));
        send(post("/api/v1/goals"), boss, known).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorCode"));
        known.put("indicatorCode", "SALES_AMOUNT");
        send(post("/api/v1/goals"), boss, known).andExpect(status().isCreated());
    }

    @Test
    void companyGoalsOfAPeriodAreWarnedWhenTheirWeightsDoNotSumToTheTotal() throws Exception {
        int year = 2036;
        Map<String, Object> first = personal(0, "营收增长 30%", 60);
        first.remove("ownerEmployeeId");
        first.put("level", "COMPANY");
        first.put("source", "STRATEGY_MEETING");
        first.put("year", year);
        first.put("quarter", null);
        first.put("dueDate", year + "-12-31");
        long revenue = id(send(post("/api/v1/goals"), hr, first).andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", org.hamcrest.Matchers.hasItem("公司目标权重合计60%，不是100%。"))));
        mvc.perform(get("/api/v1/goals/alignment").param("year", String.valueOf(year)).with(as(staff)))
                .andExpect(jsonPath("$.warnings", org.hamcrest.Matchers.hasItem(containsString("公司目标权重合计60%"))));
        mvc.perform(get("/goals/alignment").param("year", String.valueOf(year)).param("quarter", "").with(as(staff)))
                .andExpect(content().string(containsString("公司目标权重合计60%，不是100%。")));

        Map<String, Object> second = new HashMap<>(first);
        second.put("title", "新市场进入 3 个");
        second.put("weight", 40);
        send(post("/api/v1/goals"), hr, second).andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", not(org.hamcrest.Matchers.hasItem(containsString("公司目标权重")))));
        mvc.perform(get("/api/v1/goals/{id}", revenue).with(as(hr))).andExpect(jsonPath("$.warnings", hasSize(0)));
        mvc.perform(get("/api/v1/goals/alignment").param("year", String.valueOf(year)).with(as(staff)))
                .andExpect(jsonPath("$.warnings", not(org.hamcrest.Matchers.hasItem(containsString("公司目标权重")))));
    }

    @Test
    void aGoalIsArchivedNotDeletedUnlessGoalsUnderItAreConfirmed() throws Exception {
        String token = OrgFixture.unique("档").toUpperCase();
        long unit = unitGoal(token + " 团队获客");
        Map<String, Object> child = personal(team.staff().id(), token + " 签约 5 家", 100);
        child.put("parentId", unit);
        long own = id(send(post("/api/v1/goals"), boss, child));
        jdbc.update("update goal set status = 'CONFIRMED' where id = ?", own);
        send(post("/api/v1/goals/{id}/archive", unit), boss, Map.of("version", 0)).andExpect(status().isConflict());
        jdbc.update("update goal set status = 'DRAFT' where id = ?", own);

        send(post("/api/v1/goals/{id}/archive", unit), staff, Map.of("version", 0)).andExpect(status().isForbidden());
        send(post("/api/v1/goals/{id}/archive", unit), boss, Map.of("version", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        send(post("/api/v1/goals/{id}/archive", unit), boss, Map.of("version", 1)).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token).with(as(boss)))
                .andExpect(jsonPath("$.content[*].id", not(org.hamcrest.Matchers.hasItem((int) unit))))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token)
                        .param("archived", "true").with(as(boss)))
                .andExpect(jsonPath("$.content[?(@.id == " + unit + ")].status").value(org.hamcrest.Matchers.contains("ARCHIVED")));
        mvc.perform(get("/goals").param("year", String.valueOf(YEAR)).param("quarter", "2").param("q", token).param("archived", "true")
                .with(as(boss))).andExpect(content().string(containsString("已归档")));
        mvc.perform(get("/api/v1/goals/{id}", unit).with(as(boss))).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                "select action from audit_entry where entity_type = 'goal' and entity_id = ? order by seq", String.class, String.valueOf(unit)))
                .contains("goal.archive");
        mvc.perform(post("/goals/{id}/archive", own).with(as(boss)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/goals/{id}", own).with(as(boss))).andExpect(jsonPath("$.status").value("ARCHIVED"));
    }
}
