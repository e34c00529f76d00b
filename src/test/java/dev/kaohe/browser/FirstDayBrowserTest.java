package dev.kaohe.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.kaohe.onboarding.SetupTokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first day with Kaohe, in a real browser on a fresh database: set up with the setup token and the
 * demo company, sign in as HR, look at the organisation, correct an employee, and try an import that has
 * a bad row.
 */
@TestPropertySource(properties = {"kaohe.embedded-db.data-dir=target/pg-browser-first-day", "kaohe.setup.redirect-anonymous=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstDayBrowserTest extends BrowserTestBase {

    private static final String DEMO_PASSWORD = "demo-password-2024";

    @Autowired
    SetupTokens setupTokens;

    @Test
    @Order(1)
    void theAdministratorSetsUpKaoheWithTheDemoCompany() {
        page.navigate(url("/"));
        page.waitForURL(url("/setup"));

        page.fill("#setup-token", "wrong-token");
        page.fill("#admin-username", "admin");
        page.fill("#admin-display-name", "系统管理员");
        page.fill("#admin-password", "admin-password-2024");
        page.fill("#admin-password-repeat", "admin-password-2024");
        page.click("#setup-submit");
        assertThat(page.locator("#setup-token-error")).isVisible();

        page.fill("#setup-token", setupTokens.issue());
        page.fill("#admin-password", "admin-password-2024");
        page.fill("#admin-password-repeat", "admin-password-2024");
        page.check("#load-demo");
        page.fill("#demo-password", DEMO_PASSWORD);
        page.click("#setup-submit");

        page.waitForURL(url("/login") + "**");
        assertThat(page.locator("body")).containsText("hr");
        screenshot("first-day-1-setup-done");
    }

    @Test
    @Order(2)
    void hrSeesTheOrganisationTree() {
        signIn("hr", DEMO_PASSWORD);
        page.click("#nav-org");

        assertThat(page.locator("#org-tree")).containsText("市场营销中心");
        assertThat(page.locator("#org-tree")).containsText("华东销售一部");
        assertThat(page.locator("#region-tree")).containsText("华东");
        screenshot("first-day-2-org-tree");
    }

    @Test
    @Order(3)
    void hrCorrectsAnEmployeesPhoneNumber() {
        signIn("hr", DEMO_PASSWORD);
        page.click("#nav-employees");
        page.fill("#employee-search", "KH0010");
        page.press("#employee-search", "Enter");
        page.waitForURL("**q=KH0010**"); // the filtered table has replaced the first page
        page.locator("#employee-table a", new Page.LocatorOptions().setHasText("KH0010")).first().click();

        page.click("#employee-edit");
        page.fill("#phone", "13800138000");
        page.click("#save");

        assertThat(page.locator("#employee-fields")).containsText("13800138000");
        screenshot("first-day-3-employee-saved");
    }

    @Test
    @Order(4)
    void anImportWithABadRowShowsTheProblemAndWritesNothing() throws Exception {
        Path file = Files.createTempFile("org-import", ".csv");
        Files.writeString(file, """
                员工编号,姓名,部门,岗位,上级员工编号,区域,入职日期
                KH9001,测试新人,不存在的部门,销售代表,KH0001,,2024-05-06
                """, StandardCharsets.UTF_8);

        signIn("hr", DEMO_PASSWORD);
        page.click("#nav-import");
        page.setInputFiles("#import-file", file);
        page.click("#import-preview");

        assertThat(page.locator("#import-problems")).containsText("不存在的部门");
        assertThat(page.locator("#import-problems tbody tr")).hasCount(1);
        assertThat(page.locator("#import-problems tbody tr td").first()).hasText("2");
        assertThat(page.locator("#import-commit")).hasCount(0);
        screenshot("first-day-4-import-problem");

        page.navigate(url("/employees?q=KH9001"));
        assertThat(page.locator("#employee-table")).hasCount(0);
    }

    @Test
    @Order(5)
    void thePagesWorkOnAPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        page = context.newPage();
        signIn("kh0001", DEMO_PASSWORD);
        page.navigate(url("/employees"));

        assertThat(page.locator("#employee-table")).isVisible();
        assertThat(page.locator(".navbar-toggler")).isVisible();
        screenshot("first-day-5-phone");
    }
}
