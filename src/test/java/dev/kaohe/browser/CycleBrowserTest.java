package dev.kaohe.browser;

import java.util.Set;
import java.util.UUID;

import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR opens the third quarter's cycle for a department: a form missing its name is refused naming the field, the
 * population preview counts the people, the new cycle lists each person with the locked scheme version and
 * their manager as reviewer, and HR moves it on to goal setting.
 */
class CycleBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "cycle-browser-secret";

    @Autowired AccountService accounts;
    @Autowired CycleFixture fixture;

    private final String username = "cycle-hr-" + UUID.randomUUID().toString().substring(0, 6);
    private OrgFixture.Team team;
    private String scheme;

    @BeforeAll
    void world() {
        accounts.create(new AccountService.NewAccount(username, PASSWORD, "周期HR", null, Set.of(Role.HR)));
        team = fixture.org().team();
        scheme = fixture.lockedScheme();
    }

    @Test
    void hrCreatesAQuarterlyCycleAndSeesItsParticipants() {
        signIn(username, PASSWORD);
        page.navigate(url("/cycles"));
        page.click("#new-cycle");

        page.fill("#periodStart", "2026-07-01");
        page.fill("#periodEnd", "2026-09-30");
        page.selectOption("#schemeCode", scheme);
        page.selectOption("#orgUnitIds", String.valueOf(team.company().id()));
        page.click("#preview-population");
        assertThat(page.locator("#population-count")).hasText("5 人");
        page.click("#save");
        assertThat(page.locator("#form-errors")).containsText("名称");
        assertThat(page.locator("#name")).hasClass(java.util.regex.Pattern.compile("is-invalid"));

        page.fill("#name", "华东 2026 Q3 季度考核");
        page.click("#save");
        assertThat(page.locator("#cycle-name")).hasText("华东 2026 Q3 季度考核");
        assertThat(page.locator("#participant-count")).hasText("5 人");
        assertThat(page.locator("#cycle-scheme")).hasText(scheme + " v1");
        assertThat(page.locator("#participants tbody tr")).hasCount(5);
        assertThat(page.locator("#participants tbody tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("孙员工")))
                .containsText("钱经理");
        assertThat(page.locator("#phase-PUBLICATION")).containsText("2026-10-13");
        screenshot("cycle-1-created");

        page.click("#advance");
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("#phase-GOAL_SETTING")).hasClass(java.util.regex.Pattern.compile("table-primary"));

        page.fill("[name='q']", "孙");
        page.click("#participant-search button");
        assertThat(page.locator("#participants tbody tr")).hasCount(1);
        screenshot("cycle-2-goal-setting");
    }
}
