package dev.kaohe.goal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalType;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** R28: the team-linked share is configuration; the person's page, the confirmation and T7 show the configured number. */
@SpringBootTest(properties = {"kaohe.embedded-db.data-dir=target/pg-goal-share-test", "kaohe.goal.team-linked-share=25"})
@AutoConfigureMockMvc
@Import(OrgFixture.class)
class GoalTeamShareIT {

    static final int YEAR = 2037;

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired Goals goals;
    @Autowired GoalExecution execution;

    @Test
    void theConfiguredShareIsShownWithTheTeamGoals() throws Exception {
        OrgFixture.Team team = fixture.team();
        CurrentUser boss = TestUsers.user("s-boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
        CurrentUser staff = TestUsers.user("s-staff-" + team.staff().id(), team.staff().id());
        long[] own = new long[1];
        TestUsers.runAs(boss, () -> {
            goals.create(form(GoalLevel.UNIT, team.unit().id(), null, "新客户获取+40%"));
            own[0] = goals.create(form(GoalLevel.PERSONAL, null, team.staff().id(), "季度销售额 200 万")).id();
        });
        TestUsers.runAs(staff, () -> execution.addAction(own[0], new ActionForm("每周拜访 5 家", "孙员工", null, null, null, null, null, null, null, null)));

        mvc.perform(get("/goals/people/{id}", team.staff().id()).param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(staff)))
                .andExpect(content().string(containsString("您的得分中有25%来自团队目标的达成（团队目标：新客户获取+40%）。")));
        mvc.perform(get("/api/v1/goals/people/{id}", team.staff().id()).param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(staff)))
                .andExpect(jsonPath("$.teamLinkedShare").value(25))
                .andExpect(jsonPath("$.teamGoals[0]").value("新客户获取+40%"));

        byte[] xlsx = mvc.perform(get("/goals/export/T7").param("year", String.valueOf(YEAR)).param("quarter", "3").with(as(boss)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(10).toString()).isEqualTo("团队关联：个人得分的25%来自团队目标达成");
            assertThat(sheet.getRow(1).getCell(10).toString()).isEqualTo("新客户获取+40%");
        }
    }

    static GoalForm form(GoalLevel level, Long unit, Long owner, String title) {
        return new GoalForm(level, null, YEAR, 3, null, unit, null, owner, title, null, GoalType.KPI, GoalCategory.OUTCOME,
                level == GoalLevel.UNIT, 1, BigDecimal.valueOf(200), null, "万元", null, BigDecimal.valueOf(100), "CRM",
                LocalDate.of(YEAR, 9, 30), null, List.of(), null);
    }
}
