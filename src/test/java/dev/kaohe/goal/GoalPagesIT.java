package dev.kaohe.goal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.goal.domain.AdjustmentReason;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The goal pages in both languages, their forms, the conflict that keeps the entries, and the Excel forms. */
@IntegrationTest
@Import(OrgFixture.class)
class GoalPagesIT {

    static final int YEAR = 2032;

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired Goals goals;
    @Autowired GoalExecution execution;
    @Autowired GoalAdjustments adjustments;
    @Autowired GoalConfirmations confirmations;

    OrgFixture.Team team;
    CurrentUser hr;
    CurrentUser boss;
    CurrentUser lead;
    CurrentUser staff;
    long company;
    long teamGoal;
    long own;

    @BeforeEach
    void goals() {
        team = fixture.team();
        hr = TestUsers.user("p-hr", null, Role.HR);
        boss = TestUsers.user("p-boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
        lead = TestUsers.user("p-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        staff = TestUsers.user("p-staff-" + team.staff().id(), team.staff().id());
        TestUsers.runAs(hr, () -> company = goals.create(form(GoalLevel.COMPANY, null, null, null, "营收增长30%", 30, 0)).id());
        TestUsers.runAs(boss, () -> teamGoal = goals.create(form(GoalLevel.UNIT, company, team.unit().id(), null, "新客户获取+40%", 40, 100)).id());
        TestUsers.runAs(boss, () -> own = goals.create(form(GoalLevel.PERSONAL, teamGoal, null, team.staff().id(), "季度销售额 200 万", 200, 100)).id());
    }

    GoalForm form(GoalLevel level, Long parent, Long unit, Long owner, String title, int target, int weight) {
        return new GoalForm(level, parent, YEAR, level == GoalLevel.COMPANY ? null : 3,
                level == GoalLevel.COMPANY ? GoalSource.ANNUAL_PLAN : null, unit, null, owner, title, null, GoalType.KPI,
                GoalCategory.OUTCOME, true, 1, BigDecimal.valueOf(target), null, "万元", null, BigDecimal.valueOf(weight), "CRM",
                LocalDate.of(YEAR, 9, 30), "SALES_AMOUNT", List.of(), null);
    }

    @Test
    void everyPageRendersInChineseAndEnglish() throws Exception {
        for (String path : List.of("/goals?year=" + YEAR + "&quarter=3", "/goals/" + own, "/goals/new?level=PERSONAL&parentId=" + teamGoal,
                "/goals/" + own + "/edit", "/goals/alignment?year=" + YEAR + "&quarter=3", "/goals/templates",
                "/goals/people/" + team.staff().id() + "?year=" + YEAR + "&quarter=3", "/goals/adjustments")) {
            mvc.perform(get(path).with(as(boss))).andExpect(status().isOk()).andExpect(content().string(containsString("目标")));
            mvc.perform(get(path).param("lang", "en").with(as(boss))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??goal."))));
        }
        mvc.perform(get("/goals/alignment").param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(staff)))
                .andExpect(content().string(allOf(containsString("id=\"align-" + own + "\""), containsString("季度销售额 200 万"))));
    }

    @Test
    void anEmployeeCannotOpenAColleaguesGoalNorCreateACompanyGoal() throws Exception {
        long peers = fixture.asHr(() -> goals.create(form(GoalLevel.PERSONAL, teamGoal, null, team.peer().id(), "签约 40 家", 40, 100)).id());
        mvc.perform(get("/goals/{id}", peers).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/goals/new").param("level", "COMPANY").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/goals/{id}/edit", company).with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void theFormCreatesAGoalAndNamesBadFields() throws Exception {
        mvc.perform(post("/goals").with(as(boss)).with(csrf()).param("level", "PERSONAL").param("ownerEmployeeId", String.valueOf(team.lead().id()))
                        .param("parentId", String.valueOf(teamGoal)).param("year", String.valueOf(YEAR)).param("quarter", "3")
                        .param("title", "客户拜访 40 次").param("type", "KPI").param("category", "PROCESS").param("targetValue", "40")
                        .param("unit", "次").param("weight", "35").param("dataSource", "CRM").param("dueDate", YEAR + "-09-30"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/goals/*"));
        mvc.perform(post("/goals").with(as(boss)).with(csrf()).param("level", "PERSONAL").param("ownerEmployeeId", String.valueOf(team.lead().id()))
                        .param("year", String.valueOf(YEAR)).param("title", "").param("weight", "150").param("type", "OKR"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString("请填写目标"),
                        containsString("权重须在0到100之间"), containsString("至少需要一个关键成果"))));
    }

    @Test
    void theSecondManagerSavingAStaleGoalSeesTheConflictAndKeepsTheirEntries() throws Exception {
        mvc.perform(post("/goals/{id}", own).with(as(boss)).with(csrf()).param("level", "PERSONAL")
                .param("ownerEmployeeId", String.valueOf(team.staff().id())).param("year", String.valueOf(YEAR)).param("quarter", "3")
                .param("title", "季度销售额 220 万").param("targetValue", "220").param("weight", "100").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/goals/{id}", own).with(as(lead)).with(csrf()).param("level", "PERSONAL")
                        .param("ownerEmployeeId", String.valueOf(team.staff().id())).param("year", String.valueOf(YEAR)).param("quarter", "3")
                        .param("title", "季度销售额 180 万").param("targetValue", "180").param("weight", "100").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"form-conflict\""), containsString("value=\"季度销售额 180 万\""),
                        containsString("季度销售额 220 万"))));
        TestUsers.runAs(staff, () -> assertThat(goals.get(own).title()).isEqualTo("季度销售额 220 万"));
    }

    @Test
    void checkInsActionsConfirmationAndAdjustmentWorkThroughThePages() throws Exception {
        mvc.perform(post("/goals/{id}/check-ins", own).with(as(staff)).with(csrf()).param("kind", "WEEKLY")
                .param("periodDate", YEAR + "-07-07").param("value", "60").param("note", "三单")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/goals/{id}/actions", own).with(as(staff)).with(csrf()).param("step", "每周拜访 3 家重点客户")
                .param("ownerName", "孙员工").param("risk", "预算不足").param("countermeasure", "申请市场费用")).andExpect(status().is3xxRedirection());
        String detail = mvc.perform(get("/goals/{id}", own).with(as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"goal-chart\"", "echarts.min.js", "每周拜访 3 家重点客户", "30.0%");

        String page = "/goals/people/" + team.staff().id();
        mvc.perform(post(page + "/confirmation").with(as(staff)).with(csrf()).param("year", String.valueOf(YEAR)).param("quarter", "3")
                .param("step", "employee").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/confirmation").with(as(boss)).with(csrf()).param("year", String.valueOf(YEAR)).param("quarter", "3")
                .param("step", "manager").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(staff)))
                .andExpect(content().string(containsString("id=\"confirm-complete\"")));

        mvc.perform(post("/goals/{id}/adjustments", own).with(as(staff)).with(csrf()).param("reasonCategory", "MAJOR_EMERGENCY")
                .param("reason", "区域停工两周").param("requestedTarget", "150").param("requestedChallenge", "50")).andExpect(status().is3xxRedirection());
        java.util.concurrent.atomic.AtomicReference<AdjustmentView> found = new java.util.concurrent.atomic.AtomicReference<>();
        TestUsers.runAs(lead, () -> found.set(adjustments.ofGoal(own).get(0)));
        AdjustmentView pending = found.get();
        mvc.perform(get("/goals/adjustments").param("show", "mine").with(as(lead))).andExpect(content().string(allOf(
                containsString("id=\"approve-" + pending.id() + "\""), containsString("id=\"waiting-" + pending.id() + "\""))));
        mvc.perform(post("/goals/adjustments/{id}/decision", pending.id()).with(as(lead)).with(csrf()).param("approve", "true")
                .param("version", String.valueOf(pending.version()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/goals/{id}", own).with(as(staff))).andExpect(content().string(allOf(
                containsString("id=\"goal-revisions\""), containsString("已批准"))));
    }

    @Test
    void theFiveFormsExportWithTheDocumentsColumnNames() throws Exception {
        TestUsers.runAs(staff, () -> execution.addAction(own, new ActionForm("每周策划2篇爆款文章", "小明", null, null, null, null, "竞争", "储备选题", null, null)));
        TestUsers.runAs(staff, () -> adjustments.request(own, new AdjustmentForm(AdjustmentReason.POLICY_CHANGE, "新规", BigDecimal.valueOf(150), null, null)));
        String[][] expected = {
                {"T5", "公司目标", "营收增长30%"}, {"T6", "部门目标", "新客户获取+40%"}, {"T7", "行动步骤", "每周策划2篇爆款文章"},
                {"T8", "部门负责人签字", "季度销售额 200 万"}, {"T9", "调整原因（不可抗力类型）", "政策变化"}};
        for (String[] form : expected) {
            byte[] xlsx = mvc.perform(get("/goals/export/{form}", form[0]).param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(boss)))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                    .andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                StringBuilder text = new StringBuilder();
                for (Row row : workbook.getSheetAt(0)) {
                    row.forEach(cell -> text.append(cell.toString()).append('|'));
                }
                assertThat(text.toString()).as(form[0]).contains(form[1], form[2]);
            }
        }
        mvc.perform(get("/goals/export/T4").param("year", String.valueOf(YEAR)).with(as(boss))).andExpect(status().isNotFound());
    }
}
