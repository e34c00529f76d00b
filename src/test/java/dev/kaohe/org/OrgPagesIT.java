package dev.kaohe.org;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.support.TestUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(OrgFixture.class)
class OrgPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgFixture fixture;

    final CurrentUser hr = TestUsers.user("hr-pages", null, Role.HR);

    @Test
    void theEmployeeListRendersAndSearches() throws Exception {
        OrgFixture.Team team = fixture.team();
        mvc.perform(get("/employees").param("q", team.staff().employeeNo()).with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"employee-table\""), containsString("id=\"employee-search\""),
                        containsString(team.staff().name()), containsString("导出 Excel"), not(containsString(team.peer().name())))));
        mvc.perform(get("/employees").param("q", "没有这个人").header("HX-Request", "true").with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("employee-empty"), not(containsString("<nav class=\"navbar")))));
    }

    @Test
    void anEmployeeSeesOnlyThemselvesInTheList() throws Exception {
        OrgFixture.Team team = fixture.team();
        CurrentUser staff = TestUsers.user("staff-pages-" + team.staff().id(), team.staff().id());
        mvc.perform(get("/employees").param("orgUnitId", String.valueOf(team.unit().id())).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(team.staff().name()), not(containsString(team.peer().name())),
                        not(containsString("id=\"employee-new\"")))));
        mvc.perform(get("/employees/{id}", team.peer().id()).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/employees/new").with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void theDetailShowsTheReportingChainAndReports() throws Exception {
        OrgFixture.Team team = fixture.team();
        mvc.perform(get("/employees/{id}", team.lead().id()).with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reporting-chain\""), containsString(team.boss().name()),
                        containsString("id=\"direct-reports\""), containsString(team.staff().name()))));
    }

    @Test
    void aBadFormComesBackWithTheFieldMessage() throws Exception {
        OrgFixture.Team team = fixture.team();
        mvc.perform(post("/employees").with(as(hr)).with(csrf())
                        .param("employeeNo", team.staff().employeeNo())
                        .param("name", "")
                        .param("orgUnitId", String.valueOf(team.unit().id()))
                        .param("positionId", String.valueOf(team.position().id()))
                        .param("managerNo", "NO-SUCH-NO")
                        .param("hireDate", "2024-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"employee-form\""), containsString("NO-SUCH-NO"),
                        containsString("没有员工编号为 NO-SUCH-NO 的员工"), containsString("入职日期的格式不正确"))));

        mvc.perform(post("/employees").with(as(hr)).with(csrf())
                        .param("employeeNo", team.staff().employeeNo())
                        .param("name", "")
                        .param("orgUnitId", String.valueOf(team.unit().id()))
                        .param("positionId", String.valueOf(team.position().id()))
                        .param("hireDate", "2024-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("姓名不能为空"),
                        containsString("员工编号 " + team.staff().employeeNo() + " 已被使用"), containsString("is-invalid"))));
    }

    @Test
    void aGoodFormSavesAndRedirectsToTheDetail() throws Exception {
        OrgFixture.Team team = fixture.team();
        mvc.perform(post("/employees").with(as(hr)).with(csrf())
                        .param("employeeNo", OrgFixture.unique("W"))
                        .param("name", "吴新人")
                        .param("orgUnitId", String.valueOf(team.unit().id()))
                        .param("positionId", String.valueOf(team.position().id()))
                        .param("managerNo", team.lead().employeeNo())
                        .param("hireDate", "2024-02-01")
                        .param("probation", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/employees/*"));
    }

    @Test
    void theOrganisationPageShowsTheTreeWithCounts() throws Exception {
        OrgFixture.Team team = fixture.team();
        mvc.perform(get("/org").with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"org-tree\""), containsString("华东一组"),
                        containsString("5 人"), containsString("orgUnitId=" + team.unit().id()),
                        containsString("id=\"position-table\""), containsString("id=\"unit-new\""))));
        mvc.perform(get("/org/units/{id}/edit", team.unit().id()).with(as(hr))).andExpect(status().isOk());
        mvc.perform(get("/org/units/new").with(as(TestUsers.user("e-pages", team.staff().id())))).andExpect(status().isForbidden());
    }
}
