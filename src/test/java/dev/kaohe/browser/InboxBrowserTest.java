package dev.kaohe.browser;

import java.util.List;
import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A notice another module publishes shows as the unread badge in the navigation bar and in the inbox; the person
 * marks it read and the badge goes; a second one opens its link and counts as read.
 */
@Import(OrgFixture.class)
class InboxBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "inbox-browser-2024";

    @Autowired OrgFixture fixture;
    @Autowired AccountService accounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    private long employeeId;
    private String username;

    @BeforeAll
    void person() {
        OrgFixture.Team team = fixture.team();
        employeeId = team.staff().id();
        username = OrgFixture.unique("inbox").toLowerCase();
        TestUsers.runAs(TestUsers.user("inbox-browser-admin", null, Role.ADMIN), () -> accounts.create(
                new AccountService.NewAccount(username, PASSWORD, team.staff().name(), employeeId, Set.of())));
    }

    private void publish(String argument, String link) {
        tx.executeWithoutResult(status -> events.publishEvent(new NoticeRequested(employeeId, "cycle.deadline",
                "notify.test.text", List.of(argument), link, OrgFixture.unique("browser"))));
    }

    @Test
    void aNoticeShowsInTheBadgeAndTheInboxAndIsMarkedRead() {
        publish("自评截止", null);
        signIn(username, PASSWORD);

        assertThat(page.locator("#inbox-badge")).hasText("1");
        page.click("#nav-inbox");
        page.waitForURL(url("/inbox"));
        assertThat(page.locator("#inbox-list .notice-unread")).hasCount(1);
        assertThat(page.locator("#inbox-list .notice-unread .notice-text")).hasText("考核系统测试消息，由 自评截止 发送。");

        page.click("#inbox-list .notice-mark-read");
        assertThat(page.locator("#inbox-list .notice-read")).hasCount(1);
        assertThat(page.locator("#inbox-list .notice-unread")).hasCount(0);
        assertThat(page.locator("#inbox-badge")).hasCount(0);

        publish("经理评价已逾期", "/goals");
        page.navigate(url("/inbox?unread=true"));
        assertThat(page.locator("#inbox-badge")).hasText("1");
        assertThat(page.locator("#inbox-list .list-group-item")).hasCount(1);
        screenshot("inbox");
        page.click("#inbox-list .notice-text");
        page.waitForURL(url("/goals"));
        page.navigate(url("/inbox?lang=en"));
        assertThat(page.locator("#inbox-list .notice-read")).hasCount(2);
        assertThat(page.locator("#inbox-list .notice-text").first()).hasText("Kaohe test message, sent by 经理评价已逾期.");
        assertThat(page.locator("#inbox-badge")).hasCount(0);
        page.navigate(url("/?lang=zh-CN"));
    }
}
