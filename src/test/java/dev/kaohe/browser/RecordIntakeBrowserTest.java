package dev.kaohe.browser;

import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.Page;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR uploads a CRM export of orders with two bad rows, sees both named by row and column, uploads the corrected
 * export and commits it; the orders add up to the employee's monthly sales, and the manager traces that value
 * to the file and rows it was made from.
 */
class RecordIntakeBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "record-browser-secret";
    private static final String HEADER = "员工编号,订单编号,订单日期,金额,客户,新客户\n";

    @Autowired OrgFixture fixture;
    @Autowired AccountService accounts;

    OrgFixture.Team team;
    String hr;
    String manager;

    @BeforeAll
    void people() {
        team = fixture.team();
        hr = OrgFixture.unique("rhr").toLowerCase();
        manager = OrgFixture.unique("rlead").toLowerCase();
        TestUsers.runAs(TestUsers.user("record-browser-admin", null, Role.ADMIN), () -> {
            accounts.create(new AccountService.NewAccount(hr, PASSWORD, "人事", null, Set.of(Role.HR)));
            accounts.create(new AccountService.NewAccount(manager, PASSWORD, team.lead().name(), team.lead().id(), Set.of()));
        });
    }

    @Test
    void ordersWithTwoBadRowsAreRefusedThenTheFixedExportAddsUpToMonthlySalesTracedToItsRows() throws Exception {
        String staff = team.staff().employeeNo();
        String order = OrgFixture.unique("SO");
        Path bad = uploadFile("crm-orders.csv", HEADER
                + staff + "," + order + "-1,2025/9/3,\"12,000\",华东贸易,是\n"
                + staff + "," + order + "-2,2025-09-31,8000,华南商行,否\n"
                + "\n"
                + staff + "," + order + "-3,2025年9月20日,-5,华北百货,否\n");
        signIn(hr, PASSWORD);
        page.navigate(url("/intake/records"));
        page.selectOption("#type", "ORDER");
        page.setInputFiles("#file", bad);
        page.fill("#sourceSystem", "CRM");
        page.click("#record-upload-submit");
        assertThat(page.locator("#preview-invalid")).isVisible();
        assertThat(page.locator("#record-problems tbody tr")).hasCount(2);
        assertThat(page.locator("#record-problems")).containsText("订单日期");
        assertThat(page.locator("#record-problems")).containsText("2025-09-31");
        assertThat(page.locator("#record-problems")).containsText("金额");
        assertThat(page.locator("#batch-status")).hasText("已检查,未提交");
        assertThat(page.locator("#mode-all")).hasCount(0);
        assertThat(page.locator("#mode-valid")).isChecked();
        screenshot("records-1-problems");

        Path fixed = uploadFile("crm-orders-fixed.csv", HEADER
                + staff + "," + order + "-1,2025/9/3,\"12,000\",华东贸易,是\n"
                + staff + "," + order + "-2,2025-09-30,8000,华南商行,否\n"
                + staff + "," + order + "-3,2025年9月20日,0.5万,华北百货,否\n");
        page.navigate(url("/intake/records"));
        page.selectOption("#type", "ORDER");
        page.setInputFiles("#file", fixed);
        page.fill("#sourceSystem", "CRM");
        page.fill("#period", "2025-09");
        page.click("#record-upload-submit");
        assertThat(page.locator("#preview-valid")).isVisible();
        assertThat(page.locator("#mode-all")).isChecked();
        page.click("#record-commit-submit");
        assertThat(page.locator("#batch-status")).hasText("已提交");

        context.clearCookies();
        signIn(manager, PASSWORD);
        page.navigate(url("/intake/actuals?employeeNo=" + staff + "&period=2025-09"));
        page.locator("#actuals tbody tr", new Page.LocatorOptions().setHasText("SALES_AMOUNT")).locator("a").click();
        page.click("#aggregation-lineage");
        assertThat(page.locator("#lineage-value")).hasText("25000");
        assertThat(page.locator("#record-total")).hasText("3");
        assertThat(page.locator("#contributing-records tbody tr")).hasCount(3);
        assertThat(page.locator("#contributing-records")).containsText("crm-orders-fixed.csv #2");
        assertThat(page.locator("#contributing-records")).containsText(order + "-3");
        screenshot("records-2-lineage");
    }
}
