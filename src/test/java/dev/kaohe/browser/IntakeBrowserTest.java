package dev.kaohe.browser;

import java.nio.file.Path;
import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR uploads a sheet of actuals with two bad rows, sees both named by row and column, uploads the corrected
 * sheet and commits it; the employee's manager then finds the actual and traces it to the file and row.
 */
class IntakeBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "intake-browser-secret";
    private static final String HEADER = "员工编号,指标编码,期间,数值,来源系统,备注\n";

    @Autowired OrgFixture fixture;
    @Autowired AccountService accounts;

    OrgFixture.Team team;
    String hr;
    String manager;

    @BeforeAll
    void people() {
        team = fixture.team();
        hr = OrgFixture.unique("ihr").toLowerCase();
        manager = OrgFixture.unique("ilead").toLowerCase();
        TestUsers.runAs(TestUsers.user("intake-browser-admin", null, Role.ADMIN), () -> {
            accounts.create(new AccountService.NewAccount(hr, PASSWORD, "人事", null, Set.of(Role.HR)));
            accounts.create(new AccountService.NewAccount(manager, PASSWORD, team.lead().name(), team.lead().id(), Set.of()));
        });
    }

    @Test
    void twoBadRowsAreShownThenTheFixedFileCommitsAndTheActualTracesToItsRow() throws Exception {
        String staff = team.staff().employeeNo();
        Path bad = uploadFile("bad-actuals.csv", HEADER
                + staff + ",SALES_AMOUNT,2025-08,\"88,000\",CRM,\n"
                + "NOBODY-" + staff + ",SALES_AMOUNT,2025-08,100,CRM,\n"
                + staff + ",NEW_CUSTOMERS,2025-08,eight,CRM,\n");
        signIn(hr, PASSWORD);
        page.navigate(url("/intake"));
        page.setInputFiles("#file", bad);
        page.click("#intake-upload button[type=submit]");
        assertThat(page.locator("#preview-invalid")).isVisible();
        assertThat(page.locator("#intake-problems tbody tr")).hasCount(2);
        assertThat(page.locator("#intake-problems")).containsText("员工编号");
        assertThat(page.locator("#intake-problems")).containsText("eight");
        assertThat(page.locator("#intake-commit")).hasCount(0);
        screenshot("intake-1-problems");

        Path fixed = uploadFile("fixed-actuals.csv", HEADER
                + staff + ",SALES_AMOUNT,2025-08,\"88,000\",CRM,\n"
                + team.peer().employeeNo() + ",SALES_AMOUNT,2025-08,100,CRM,\n"
                + staff + ",NEW_CUSTOMERS,2025-08,8,CRM,\n");
        page.navigate(url("/intake"));
        page.setInputFiles("#file", fixed);
        page.click("#intake-upload button[type=submit]");
        assertThat(page.locator("#preview-valid")).isVisible();
        page.click("#intake-commit");
        assertThat(page.locator("#batch-status")).hasText("已提交");

        context.clearCookies();
        signIn(manager, PASSWORD);
        page.navigate(url("/intake/actuals?employeeNo=" + staff + "&period=2025-08"));
        assertThat(page.locator("#actuals tbody tr")).hasCount(2);
        page.locator("#actuals tbody tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("SALES_AMOUNT"))
                .locator("a").click();
        assertThat(page.locator("#lineage-file")).hasText("fixed-actuals.csv");
        assertThat(page.locator("#lineage-row")).hasText("2");
        assertThat(page.locator("#lineage-source")).hasText("CRM");
        assertThat(page.locator("#lineage")).containsText("88000");
        screenshot("intake-2-lineage");
    }
}
