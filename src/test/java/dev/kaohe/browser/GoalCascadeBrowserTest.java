package dev.kaohe.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import dev.kaohe.goal.domain.Quarter;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Goals from strategy to a person, in a real browser: HR enters a company goal, a manager cascades it to
 * the team and gives the team its goals with a template, the employee confirms (and the manager), checks in,
 * asks for an adjustment the manager approves, and the alignment view shows the new progress.
 */
@Import(OrgFixture.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoalCascadeBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "goal-browser-2024";

    @Autowired OrgFixture fixture;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    OrgFixture.Team team;
    Quarter quarter;
    String hr;
    String boss;
    String lead;
    String staff;
    String companyGoalId;
    String teamGoalId;
    String staffGoalId;

    @BeforeAll
    void people() {
        team = fixture.team();
        quarter = Quarter.of(LocalDate.now(clock));
        hr = OrgFixture.unique("ghr").toLowerCase();
        boss = OrgFixture.unique("gboss").toLowerCase();
        lead = OrgFixture.unique("glead").toLowerCase();
        staff = OrgFixture.unique("gstaff").toLowerCase();
        TestUsers.runAs(TestUsers.user("goal-browser-admin", null, Role.ADMIN), () -> {
            accounts.create(new AccountService.NewAccount(hr, PASSWORD, "人事", null, Set.of(Role.HR)));
            accounts.create(new AccountService.NewAccount(boss, PASSWORD, team.boss().name(), team.boss().id(), Set.of()));
            accounts.create(new AccountService.NewAccount(lead, PASSWORD, team.lead().name(), team.lead().id(), Set.of()));
            accounts.create(new AccountService.NewAccount(staff, PASSWORD, team.staff().name(), team.staff().id(), Set.of()));
        });
    }

    private String idFromUrl() {
        String url = page.url();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    @Test
    @Order(1)
    void hrEntersACompanyGoal() {
        signIn(hr, PASSWORD);
        page.click("#nav-goals");
        page.click("#goal-new-COMPANY");
        page.fill("#title", "营收增长 30%");
        page.selectOption("#source", "ANNUAL_PLAN");
        page.fill("#targetValue", "30");
        page.fill("#unit", "%");
        page.fill("#dataSource", "财务报表");
        page.click("#save");

        assertThat(page.locator("#goal-title")).hasText("营收增长 30%");
        companyGoalId = idFromUrl();
        screenshot("goal-1-company-goal");
    }

    @Test
    @Order(2)
    void theManagerCascadesItToTheTeamAndAppliesATemplate() {
        signIn(boss, PASSWORD);
        page.navigate(url("/goals/" + companyGoalId));
        page.click("#goal-cascade-unit");
        page.fill("#title", "新客户获取 +40%");
        page.selectOption("#orgUnitId", String.valueOf(team.unit().id()));
        page.fill("#targetValue", "40");
        page.fill("#unit", "%");
        page.fill("#weight", "100");
        page.fill("#dataSource", "CRM");
        page.check("#core");
        page.click("#save");
        assertThat(page.locator("#goal-facts")).containsText(team.unit().name());
        teamGoalId = idFromUrl();

        page.navigate(url("/goals/templates"));
        String code = OrgFixture.unique("TPL");
        page.fill("#template-code", code);
        page.fill("#template-name", "销售代表季度目标");
        page.selectOption("#template-position", String.valueOf(team.position().id()));
        page.fill("#item-title-0", "季度销售额 150 万");
        page.selectOption("#item-category-0", "OUTCOME");
        page.fill("#item-target-0", "150");
        page.fill("#item-unit-0", "万元");
        page.fill("#item-weight-0", "65");
        page.fill("#item-source-0", "CRM");
        page.fill("#item-title-1", "客户拜访 40 次");
        page.selectOption("#item-category-1", "PROCESS");
        page.fill("#item-target-1", "40");
        page.fill("#item-unit-1", "次");
        page.fill("#item-weight-1", "35");
        page.fill("#item-source-1", "CRM");
        page.click("#template-save");

        page.selectOption("#apply-" + code + " select[name=orgUnitId]", String.valueOf(team.unit().id()));
        page.selectOption("#apply-" + code + " select[name=parentGoalId]", teamGoalId);
        page.click("#apply-submit-" + code);
        assertThat(page.locator(".alert-success")).containsText("4");
        screenshot("goal-2-template-applied");
    }

    @Test
    @Order(3)
    void theEmployeeAndTheManagerConfirmTheGoals() {
        String confirmation = "/goals/people/" + team.staff().id() + "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
        signIn(staff, PASSWORD);
        page.navigate(url(confirmation));
        assertThat(page.locator("#person-goals")).containsText("季度销售额 150 万");
        page.fill("#supportNote", "需要市场部每周提供线索");
        page.click("#confirm-save-notes");
        page.click("#confirm-employee");
        assertThat(page.locator("#confirm-state")).containsText(staff);

        context.close();
        context = browser.newContext();
        page = context.newPage();
        signIn(boss, PASSWORD);
        page.navigate(url(confirmation));
        page.click("#confirm-manager");
        assertThat(page.locator("#confirm-complete")).isVisible();
        screenshot("goal-3-confirmed");
    }

    @Test
    @Order(4)
    void theEmployeeChecksInAndAsksForAnAdjustment() {
        signIn(staff, PASSWORD);
        page.navigate(url("/goals/people/" + team.staff().id() + "?year=" + quarter.year() + "&quarter=" + quarter.quarter()));
        page.locator("#person-goals a", new Page.LocatorOptions().setHasText("季度销售额 150 万")).click();
        staffGoalId = idFromUrl();
        assertThat(page.locator("#goal-status")).containsText("已确认");
        assertThat(page.locator("#goal-edit")).hasCount(0);

        page.fill("#checkin-value", "60");
        page.fill("#checkin-note", "签约三单");
        page.click("#checkin-submit");
        assertThat(page.locator("#goal-progress")).hasText("40.0%");
        assertThat(page.locator("#goal-chart canvas")).hasCount(1);

        page.selectOption("#adj-reason-category", "MAJOR_EMERGENCY");
        page.fill("#adj-reason", "区域停工两周");
        page.fill("#adj-target", "120");
        page.click("#adj-submit");
        assertThat(page.locator("#adjustment-table")).containsText("待审批");
        screenshot("goal-4-check-in-and-request");
    }

    @Test
    @Order(5)
    void theManagerApprovesAndTheAlignmentViewShowsTheNewProgress() {
        // the request names the requester's own manager as its approver
        signIn(lead, PASSWORD);
        page.navigate(url("/goals/adjustments"));
        page.fill("#adjustment-table input[name=note]", "同意");
        page.locator("#adjustment-table button[id^=approve-]").first().click();
        assertThat(page.locator("#adjustment-table")).hasCount(0);

        page.navigate(url("/goals/alignment?year=" + quarter.year() + "&quarter=" + quarter.quarter()));
        assertThat(page.locator("#align-" + companyGoalId)).containsText("营收增长 30%");
        assertThat(page.locator("#align-" + staffGoalId)).containsText("50.0%");
        assertThat(page.locator("#align-" + teamGoalId)).containsText("%");
        screenshot("goal-5-alignment");
    }
}
