package dev.kaohe.browser;

import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInBrowserTest extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @BeforeAll
    void createAccount() {
        accounts.create(new AccountService.NewAccount("browser-hr", "correct horse battery", "浏览器测试HR", null, Set.of(Role.HR)));
    }

    @Test
    void aPersonSignsInInChineseAndSwitchesToEnglish() {
        signIn("browser-hr", "correct horse battery");

        assertThat(page.locator("h1")).containsText("欢迎");
        page.navigate(url("/?lang=en"));
        assertThat(page.locator("h1")).containsText("Welcome");
        page.navigate(url("/?lang=zh-CN"));
        screenshot("home");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.navigate(url("/login"));
        page.fill("#username", "browser-hr");
        page.fill("#password", "wrong password");
        page.click("#login-submit");

        assertThat(page.locator("#login-error")).isVisible();
    }
}
