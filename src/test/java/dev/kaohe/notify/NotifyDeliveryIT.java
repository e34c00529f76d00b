package dev.kaohe.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server (GreenMail) and robot messages to a real HTTP server standing in for DingTalk,
 * WeCom and Feishu: formats, signatures, routing by kind, retries with back-off, giving up, and the test button.
 * Runs on a database of its own, so no other test's notices reach these channels; the context is closed afterwards
 * so its fast-polling sender does not run on through the rest of the test run.
 */
@IntegrationTest
@org.springframework.test.annotation.DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifyDeliveryIT {

    private static final GreenMail SMTP = startSmtp();
    private static final String DING_SECRET = "SECdingtalk-test-secret-0123456789";
    private static final String FEISHU_SECRET = "feishu-test-secret";
    private static final CurrentUser ADMIN = TestUsers.user("notify-admin", null, Role.ADMIN);

    @Autowired OrgFixture fixture;
    @Autowired Employees employees;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Channels channels;
    @Autowired Preferences preferences;
    @Autowired DeliveryLog log;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new java.util.concurrent.ConcurrentHashMap<>();
    private HttpServer robots;
    private OrgFixture.Team team;
    private EmployeeView withEmail;

    record Received(String path, Map<String, String> query, JsonNode body) {
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("kaohe.embedded-db.data-dir", () -> "target/pg-notify");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("kaohe.notify.mail.enabled", () -> "true");
        registry.add("kaohe.notify.mail.from", () -> "kaohe@example.test");
        registry.add("kaohe.notify.base-url", () -> "https://kaohe.example.test/");
        registry.add("kaohe.notify.delivery.max-attempts", () -> "3");
        registry.add("kaohe.notify.delivery.initial-backoff", () -> "200ms");
        registry.add("kaohe.notify.delivery.poll-interval", () -> "100ms");
        registry.add("kaohe.notify.delivery.timeout", () -> "3s");
    }

    @BeforeAll
    void servers() throws IOException {
        robots = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robots.createContext("/", this::answer);
        robots.start();
        team = fixture.team();
        withEmail = fixture.asHr(() -> employees.create(new EmployeeForm(OrgFixture.unique("E"), "吴邮件", team.unit().id(),
                team.position().id(), team.boss().id(), null, LocalDate.of(2023, 1, 9), false, CareerTrack.EXPERT,
                "wu.mail@example.test", null, null)));
    }

    @AfterAll
    void stop() {
        robots.stop(0);
        SMTP.stop();
    }

    @BeforeEach
    void clean() throws Exception {
        received.clear();
        failuresLeft.clear();
        SMTP.purgeEmailFromAllMailboxes();
        TestUsers.runAs(ADMIN, () -> channels.list().forEach(c -> channels.delete(c.id(), c.version())));
    }

    /** The robots' side: records the request; /flaky answers 500 a few times first, /refuse answers as DingTalk does to a bad signature. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        received.add(new Received(path, query, json.readTree(exchange.getRequestBody().readAllBytes())));
        int status = 200;
        String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        AtomicInteger left = failuresLeft.get(path);
        if (left != null && left.getAndDecrement() > 0) {
            status = 500;
            answer = "busy";
        } else if (path.startsWith("/refuse")) {
            answer = "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        } else if (path.startsWith("/feishu")) {
            answer = "{\"code\":0,\"msg\":\"success\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + robots.getAddress().getPort() + path;
    }

    private ChannelView channel(String name, ChannelKind kind, String path, String secret, String kinds) {
        ChannelView[] created = new ChannelView[1];
        TestUsers.runAs(ADMIN, () -> created[0] = channels.create(new ChannelForm(name, kind.name(), url(path), secret, false,
                kinds, "zh-CN", true, null)));
        return created[0];
    }

    private long publish(long to, String kind, String link) {
        String key = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> events.publishEvent(new NoticeRequested(to, kind, "notify.test.text", List.of("周期提醒"), link, key)));
        return jdbc.queryForObject("select id from notice where dedup_key = ?", Long.class, key);
    }

    private List<DeliveryView> deliveries(long notice) {
        List<DeliveryView>[] found = new List[1];
        TestUsers.runAs(ADMIN, () -> found[0] = log.search(null, null, notice, org.springframework.data.domain.PageRequest.of(0, 50)).getContent());
        return found[0];
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    private void awaitAllDone(long notice) throws InterruptedException {
        await("every message of notice " + notice + " is sent or failed", () -> {
            List<DeliveryView> all = deliveries(notice);
            return !all.isEmpty() && all.stream().allMatch(d -> d.status().equals("SENT") || d.status().equals("FAILED"));
        });
    }

    @Test
    void anEmailReachesThePersonsAddressInTheirLanguageWithTheLink() throws Exception {
        TestUsers.runAs(TestUsers.user("wu", withEmail.id()), () -> preferences.update(new Preferences.PreferenceForm("en", List.of())));
        long notice = publish(withEmail.id(), "cycle.deadline", "/goals/people/" + withEmail.id());

        assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wu.mail@example.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("kaohe@example.test");
        assertThat(mail.getSubject()).isEqualTo("[考核] Kaohe test message, sent by 周期提醒.");
        String body = GreenMailUtil.getBody(mail);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(body.replace("=\r\n", "")))
                .contains("https://kaohe.example.test/goals/people/" + withEmail.id());
        awaitAllDone(notice);
        assertThat(deliveries(notice)).singleElement().satisfies(d -> {
            assertThat(d.channel()).isEqualTo("EMAIL");
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void noEmailForAKindThePersonSwitchedOffNorWhenTheCompanySwitchIsOffNorWithoutAnAddress() throws Exception {
        TestUsers.runAs(TestUsers.user("wu", withEmail.id()),
                () -> preferences.update(new Preferences.PreferenceForm("zh-CN", List.of("cycle.quiet"))));
        long quiet = publish(withEmail.id(), "cycle.quiet", null);
        long noAddress = publish(team.staff().id(), "cycle.deadline", null);
        Channels.Switches[] switches = new Channels.Switches[1];
        TestUsers.runAs(ADMIN, () -> switches[0] = channels.setEmail(false, channels.switches().version()));
        long companyOff = publish(withEmail.id(), "cycle.deadline", null);
        TestUsers.runAs(ADMIN, () -> channels.setEmail(true, switches[0].version()));
        long loud = publish(withEmail.id(), "cycle.deadline", null);

        assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
        awaitAllDone(loud);
        assertThat(deliveries(quiet)).isEmpty();
        assertThat(deliveries(noAddress)).isEmpty();
        assertThat(deliveries(companyOff)).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("[考核] 考核系统测试消息，由 周期提醒 发送。");
        assertThat(jdbc.queryForObject("select count(*) from notice where id in (?, ?, ?)", Integer.class, quiet, noAddress, companyOff))
                .as("the inbox always receives").isEqualTo(3);
    }

    @Test
    void robotsGetTheirOwnFormatsAndSignedRequestsVerify() throws Exception {
        channel("钉钉群", ChannelKind.DINGTALK, "/ding/robot/send?access_token=abc", DING_SECRET, "cycle.*");
        channel("企业微信群", ChannelKind.WECOM, "/wecom/webhook/send?key=k1", null, "cycle.escalation");
        channel("飞书群", ChannelKind.FEISHU, "/feishu/open-apis/bot/v2/hook/h1", FEISHU_SECRET, "*");
        long before = System.currentTimeMillis();
        long notice = publish(team.staff().id(), "cycle.escalation", "/goals");
        awaitAllDone(notice);
        long after = System.currentTimeMillis();

        assertThat(deliveries(notice)).hasSize(3).allSatisfy(d -> assertThat(d.status()).isEqualTo("SENT"));
        Received ding = only("/ding/robot/send");
        assertThat(ding.query().get("access_token")).isEqualTo("abc");
        long millis = Long.parseLong(ding.query().get("timestamp"));
        assertThat(millis).isBetween(before - 1000, after + 1000);
        assertThat(ding.query().get("sign")).isEqualTo(hmacBase64(DING_SECRET.getBytes(StandardCharsets.UTF_8),
                (millis + "\n" + DING_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(ding.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(ding.body().get("text").get("content").asString())
                .contains(team.staff().name(), "考核系统测试消息，由 周期提醒 发送。", "https://kaohe.example.test/goals");

        Received wecom = only("/wecom/webhook/send");
        assertThat(wecom.query()).containsOnlyKeys("key");
        assertThat(wecom.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(wecom.body().get("text").get("content").asString()).contains("考核系统测试消息");

        Received feishu = only("/feishu/open-apis/bot/v2/hook/h1");
        long seconds = Long.parseLong(feishu.body().get("timestamp").asString());
        assertThat(seconds).isBetween(before / 1000 - 1, after / 1000 + 1);
        assertThat(feishu.body().get("sign").asString()).isEqualTo(hmacBase64(
                (seconds + "\n" + FEISHU_SECRET).getBytes(StandardCharsets.UTF_8), new byte[0]));
        assertThat(feishu.body().get("msg_type").asString()).isEqualTo("text");
        assertThat(feishu.body().get("content").get("text").asString()).contains("考核系统测试消息");
    }

    @Test
    void aChannelReceivesOnlyTheKindsRoutedToIt() throws Exception {
        channel("升级群", ChannelKind.WECOM, "/wecom/escalations?key=e", null, "cycle.escalation");
        channel("关闭的群", ChannelKind.WECOM, "/wecom/off?key=o", null, "*");
        TestUsers.runAs(ADMIN, () -> {
            ChannelView off = channels.list().stream().filter(c -> c.name().equals("关闭的群")).findFirst().orElseThrow();
            ChannelForm form = ChannelForm.of(off);
            channels.update(off.id(), new ChannelForm(form.name(), form.kind(), form.webhookUrl(), null, false, form.noticeKinds(),
                    form.language(), false, form.version()));
        });
        long reminder = publish(team.staff().id(), "cycle.reminder", null);
        long escalation = publish(team.staff().id(), "cycle.escalation", null);
        awaitAllDone(escalation);
        assertThat(deliveries(reminder)).isEmpty();
        assertThat(deliveries(escalation)).singleElement().satisfies(d -> assertThat(d.target()).isEqualTo("升级群"));
        assertThat(received).extracting(Received::path).containsExactly("/wecom/escalations");
    }

    @Test
    void aFailingRobotIsTriedAgainAfterTheBackOffUntilItTakesTheMessage() throws Exception {
        failuresLeft.put("/flaky", new AtomicInteger(2));
        channel("不稳定的群", ChannelKind.WECOM, "/flaky?key=f", null, "cycle.*");
        long notice = publish(team.staff().id(), "cycle.escalation", null);
        awaitAllDone(notice);
        DeliveryView delivery = deliveries(notice).get(0);
        assertThat(delivery.status()).isEqualTo("SENT");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(received).hasSize(3);
    }

    @Test
    void aRobotThatKeepsRefusingIsGivenUpAfterTheLastTryWithItsReasonLogged() throws Exception {
        channel("拒收的群", ChannelKind.DINGTALK, "/refuse?access_token=r", DING_SECRET, "cycle.*");
        long notice = publish(team.staff().id(), "cycle.escalation", null);
        awaitAllDone(notice);
        DeliveryView delivery = deliveries(notice).get(0);
        assertThat(delivery.status()).isEqualTo("FAILED");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).contains("310000", "sign not match");
        Thread.sleep(600);
        assertThat(received).as("no try after the last").hasSize(3);
    }

    @Test
    void theTestButtonSendsAtOnceAndSaysWhyItFailed() {
        ChannelView good = channel("测试群", ChannelKind.FEISHU, "/feishu/test", FEISHU_SECRET, "*");
        ChannelView bad = channel("坏的群", ChannelKind.DINGTALK, "/refuse/test?access_token=x", null, "*");
        String[] results = new String[2];
        TestUsers.runAs(ADMIN, () -> {
            results[0] = channels.testSend(good.id());
            results[1] = channels.testSend(bad.id());
        });
        assertThat(results[0]).isNull();
        assertThat(results[1]).contains("310000");
        assertThat(received).hasSize(2);
        assertThat(received.get(0).body().get("content").get("text").asString()).contains("notify-admin");
        assertThat(jdbc.queryForObject("select count(*) from notify_delivery where channel_id = ? and status = 'SENT'", Integer.class, good.id()))
                .isEqualTo(1);
    }

    private Received only(String path) {
        List<Received> matching = received.stream().filter(r -> r.path().equals(path)).toList();
        assertThat(matching).as("requests to " + path).hasSize(1);
        return matching.get(0);
    }

    private static String hmacBase64(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data));
    }
}
