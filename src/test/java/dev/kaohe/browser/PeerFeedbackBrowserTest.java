package dev.kaohe.browser;

import java.util.Set;

import com.microsoft.playwright.Browser;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.review.peer.PeerFixture;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 360 in a real browser, on a phone-sized screen: the manager nominates two colleagues, HR approves them and
 * assigns the marketing department's head, a bare rating is refused, the two colleagues and the other department
 * answer, and the manager's summary shows the department's answer while the two peers stay hidden (fewer than three).
 */
class PeerFeedbackBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "peer-browser-2024";

    @Autowired PeerFixture fixture;
    @Autowired AccountService accounts;

    PeerFixture.World world;
    String hr;
    String lead;
    String peerA;
    String peerB;
    String head;

    @BeforeAll
    void people() {
        world = fixture.world();
        hr = OrgFixture.unique("phr").toLowerCase();
        lead = OrgFixture.unique("plead").toLowerCase();
        peerA = OrgFixture.unique("pa").toLowerCase();
        peerB = OrgFixture.unique("pb").toLowerCase();
        head = OrgFixture.unique("phead").toLowerCase();
        TestUsers.runAs(TestUsers.user("peer-browser-admin", null, Role.ADMIN), () -> {
            accounts.create(new AccountService.NewAccount(hr, PASSWORD, "人事", null, Set.of(Role.HR)));
            account(lead, world.lead());
            account(peerA, world.peers().get(0));
            account(peerB, world.peers().get(1));
            account(head, world.marketingHead());
        });
    }

    private void account(String username, EmployeeView employee) {
        accounts.create(new AccountService.NewAccount(username, PASSWORD, employee.name(), employee.id(), Set.of()));
    }

    private void as(String username) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn(username, PASSWORD);
    }

    @Test
    void twoPeersAndTheOtherDepartmentAnswer() {
        String participantPage = "/review/peer/participants/" + world.staffParticipant().id();

        as(lead);
        page.navigate(url(participantPage));
        for (EmployeeView peer : world.peers().subList(0, 2)) {
            page.selectOption("#peer-select", String.valueOf(peer.id()));
            page.click("#nominate-peer");
            assertThat(page.locator("#nomination-table")).containsText(peer.name());
        }
        assertThat(page.locator("#nomination-table")).containsText("待审批");

        as(hr);
        page.navigate(url(participantPage));
        for (int i = 0; i < 2; i++) {
            page.locator("button[id^=approve-]").first().click();
            page.waitForURL(url(participantPage));
        }
        assertThat(page.locator("button[id^=approve-]")).hasCount(0);
        assertThat(page.locator("#warnings")).containsText("至少需要 3 位");
        page.selectOption("#collaborator-select", String.valueOf(world.marketingHead().id()));
        page.click("#assign-collaborator");
        assertThat(page.locator("#nomination-table")).containsText(world.marketingHead().name());

        as(peerA);
        page.navigate(url("/review/peer"));
        page.locator("a[id^=request-]").first().click();
        page.fill("#rating-teamwork", "4");
        page.fill("#comment", "配合主动,沟通顺畅,值得推荐");
        page.click("#submit-form");
        assertThat(page.locator("#form-errors")).containsText("具体案例");
        page.fill("#caseText", "九月一起跟进连锁客户续约,他提前两天整理好历史订单并给出报价方案");
        page.click("#submit-form");
        assertThat(page.locator("#form-submitted")).isVisible();

        as(peerB);
        page.navigate(url("/review/peer"));
        page.locator("a[id^=request-]").first().click();
        page.fill("#rating-teamwork", "5");
        page.fill("#caseText", "十月大促期间他主动承担了两家重点客户的售后协调,当天闭环所有问题");
        page.fill("#comment", "责任心强,响应快,客户认可度高");
        page.click("#submit-form");
        assertThat(page.locator("#form-submitted")).isVisible();

        as(head);
        page.navigate(url("/review/peer"));
        assertThat(page.locator("#requests")).containsText("协作部门");
        page.locator("a[id^=request-]").first().click();
        page.fill("#responseSpeed", "4");
        page.fill("#cooperation", "5");
        page.fill("#comment", "市场活动线索跟进及时,配合默契");
        page.click("#submit-form");
        assertThat(page.locator("#form-submitted")).isVisible();

        as(lead);
        page.navigate(url(participantPage + "/summary"));
        assertThat(page.locator("#summary-CROSS_DEPARTMENT")).containsText("市场部");
        assertThat(page.locator("#summary-CROSS_DEPARTMENT")).containsText("配合默契");
        assertThat(page.locator("#hidden-PEER")).isVisible();
        assertThat(page.locator("#peer-summary")).not().containsText(world.peers().get(0).name());
        screenshot("peer-summary-phone");
    }
}
