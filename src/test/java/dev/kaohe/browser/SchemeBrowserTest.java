package dev.kaohe.browser;

import java.util.Set;
import java.util.UUID;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR builds a scheme from the source documents' preset B, validates and locks it, re-weighs it (which
 * makes version 2), compares the versions, and runs both over the sample population to see who moves.
 */
class SchemeBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "scheme-browser-secret";

    @Autowired
    AccountService accounts;

    private final String username = "scheme-hr-" + UUID.randomUUID().toString().substring(0, 6);
    private final String code = "BT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    void hrAccount() {
        accounts.create(new AccountService.NewAccount(username, PASSWORD, "方案HR", null, Set.of(Role.HR)));
    }

    @Test
    void hrBuildsLocksReweighsComparesAndRunsWhatIf() {
        signIn(username, PASSWORD);

        page.navigate(url("/schemes"));
        page.click("#scheme-new");
        page.fill("#code", code);
        page.fill("#name", "华东销售季度方案");
        page.check("#preset-PRESET-B");
        page.click("#save");
        assertThat(page.locator("#definition-table")).containsText("业绩指标");

        page.click("#validate");
        assertThat(page.locator("#validation-ok")).isVisible();
        page.click("#lock");
        assertThat(page.locator("#version-state")).hasText("已锁定");

        page.click("#edit");
        page.fill("[name='dimensions[0].items[0].weight']", "30");
        page.fill("[name='dimensions[0].items[1].weight']", "30");
        page.click("#save");
        assertThat(page.locator("#version-list")).containsText("2");
        screenshot("scheme-1-version-2");

        page.navigate(url("/schemes/" + code + "/compare?from=1&to=2"));
        assertThat(page.locator("#diff-table")).containsText("30");

        page.navigate(url("/scoring/what-if"));
        page.selectOption("#schemeA", code);
        page.fill("#versionA", "1");
        page.selectOption("#schemeB", code);
        page.fill("#versionB", "2");
        page.click("#whatif-run");
        assertThat(page.locator("#whatif-table tbody tr").first()).isVisible();
        assertThat(page.locator("#whatif-summary")).containsText(code + " v2");
        screenshot("scheme-2-what-if");
    }
}
