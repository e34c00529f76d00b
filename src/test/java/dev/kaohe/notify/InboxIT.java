package dev.kaohe.notify;

import java.util.List;
import java.util.UUID;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices published by any module arrive once per person and dedup key, only after the publisher committed, never
 * break the publisher, and each person reaches only their own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT {

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    private OrgFixture.Team team;
    private CurrentUser staff;
    private CurrentUser peer;

    @BeforeAll
    void team() {
        team = fixture.team();
        staff = TestUsers.user("inbox-staff", team.staff().id());
        peer = TestUsers.user("inbox-peer", team.peer().id());
    }

    private void publishCommitted(NoticeRequested notice) {
        tx.executeWithoutResult(status -> events.publishEvent(notice));
    }

    private NoticeRequested notice(long to, String dedupKey) {
        return new NoticeRequested(to, "test.reminder", "notify.test.text", List.of("王五"), "/goals", dedupKey);
    }

    private int count(long employee, String dedupKey) {
        return jdbc.queryForObject("select count(*) from notice where recipient_employee_id = ? and dedup_key = ?",
                Integer.class, employee, dedupKey);
    }

    private long noticeId(long employee, String dedupKey) {
        return jdbc.queryForObject("select id from notice where recipient_employee_id = ? and dedup_key = ?",
                Long.class, employee, dedupKey);
    }

    @Test
    void theSameDedupKeyReachesAPersonOnceAndEachPersonSeparately() {
        String key = "deadline-" + UUID.randomUUID();
        publishCommitted(notice(team.staff().id(), key));
        publishCommitted(notice(team.staff().id(), key));
        publishCommitted(notice(team.peer().id(), key));
        publishCommitted(notice(team.staff().id(), key + "-other"));

        assertThat(count(team.staff().id(), key)).isEqualTo(1);
        assertThat(count(team.peer().id(), key)).isEqualTo(1);
        assertThat(count(team.staff().id(), key + "-other")).isEqualTo(1);
    }

    @Test
    void noticesWithoutADedupKeyAreAllKept() {
        long before = jdbc.queryForObject("select count(*) from notice where recipient_employee_id = ? and dedup_key is null",
                Long.class, team.lead().id());
        publishCommitted(notice(team.lead().id(), null));
        publishCommitted(notice(team.lead().id(), null));
        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_employee_id = ? and dedup_key is null",
                Long.class, team.lead().id())).isEqualTo(before + 2);
    }

    @Test
    void aNoticeOfARolledBackTransactionIsNeverDelivered() {
        String key = "rolled-back-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            events.publishEvent(notice(team.staff().id(), key));
            status.setRollbackOnly();
        });
        assertThat(count(team.staff().id(), key)).isZero();
    }

    @Test
    void aNoticeThatCannotBeRecordedDoesNotFailThePublisher() {
        String marker = "publisher-" + UUID.randomUUID().toString().substring(0, 8);
        // the argument cannot be written as JSON, so recording the notice throws after the publisher's commit
        NoticeRequested broken = new NoticeRequested(team.staff().id(), "test.reminder", "notify.test.text",
                List.of(new Exploding("x")), null, marker);
        NoticeRequested unknownPerson = new NoticeRequested(987654321L, "test.reminder", "notify.test.text", List.of(), null, marker);
        NoticeRequested malformedKind = new NoticeRequested(team.staff().id(), "not a kind!", "notify.test.text", List.of(), null, marker + "k");

        assertThatCode(() -> tx.executeWithoutResult(status -> {
            jdbc.update("insert into notify_email_off (employee_id, kind) values (?, ?)", team.other().id(), marker);
            events.publishEvent(broken);
            events.publishEvent(unknownPerson);
            events.publishEvent(malformedKind);
        })).doesNotThrowAnyException();

        assertThat(jdbc.queryForObject("select count(*) from notify_email_off where kind = ?", Integer.class, marker))
                .as("the publisher's own write committed").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice where dedup_key in (?, ?)", Integer.class, marker, marker + "k")).isZero();
        // and the listener keeps working for the next notice
        publishCommitted(notice(team.staff().id(), marker + "-after"));
        assertThat(count(team.staff().id(), marker + "-after")).isEqualTo(1);
    }

    @Test
    void aPublisherWithoutATransactionIsServedAtOnce() {
        String key = "no-tx-" + UUID.randomUUID();
        events.publishEvent(notice(team.staff().id(), key));
        assertThat(count(team.staff().id(), key)).isEqualTo(1);
    }

    @Test
    void aLinkToAnotherSiteIsDropped() {
        String key = "evil-" + UUID.randomUUID();
        publishCommitted(new NoticeRequested(team.staff().id(), "test.reminder", "notify.test.text", List.of("x"),
                "//evil.example/phish", key));
        assertThat(jdbc.queryForObject("select link from notice where dedup_key = ?", String.class, key)).isNull();
    }

    @Test
    void aPersonReadsAndMarksTheirOwnNoticesInTheirLanguage() throws Exception {
        CurrentUser reader = TestUsers.user("inbox-reader", fixture.employee("读者", team.unit(), team.position(), null).id());
        long me = reader.employeeId();
        publishCommitted(new NoticeRequested(me, "test.reminder", "notify.test.text", List.of("王五"), "/goals", "a"));
        publishCommitted(new NoticeRequested(me, "test.escalation", "notify.test.text", List.of("赵六"), null, "b"));

        mvc.perform(get("/api/v1/inbox/unread-count").with(TestUsers.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(2));
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/inbox?lang=en").with(TestUsers.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.get("content").get(0).get("text").asString()).isEqualTo("Kaohe test message, sent by 赵六.");
        JsonNode zh = json.readTree(mvc.perform(get("/api/v1/inbox?lang=zh-CN").with(TestUsers.as(reader)))
                .andReturn().getResponse().getContentAsString());
        assertThat(zh.get("content").get(1).get("text").asString()).isEqualTo("考核系统测试消息，由 王五 发送。");

        long first = noticeId(me, "a");
        mvc.perform(post("/api/v1/inbox/" + first + "/read").with(csrf()).with(TestUsers.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(get("/api/v1/inbox?unread=true").with(TestUsers.as(reader)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].kind").value("test.escalation"));
        mvc.perform(get("/inbox/badge").with(TestUsers.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"inbox-badge\"")));
        mvc.perform(get("/inbox/" + first + "/open").with(TestUsers.as(reader))).andExpect(redirectedUrl("/goals"));
        mvc.perform(post("/api/v1/inbox/read-all").with(csrf()).with(TestUsers.as(reader))).andExpect(jsonPath("$.marked").value(1));
        mvc.perform(get("/api/v1/inbox/unread-count").with(TestUsers.as(reader))).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/inbox/badge").with(TestUsers.as(reader)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("inbox-badge"))));
        mvc.perform(get("/inbox").with(TestUsers.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("考核系统测试消息，由 赵六 发送。")));
    }

    @Test
    void anotherPersonsNoticeIsNotFoundForEveryoneElseWhateverTheirRole() throws Exception {
        String key = "private-" + UUID.randomUUID();
        publishCommitted(notice(team.staff().id(), key));
        long id = noticeId(team.staff().id(), key);
        CurrentUser manager = TestUsers.user("inbox-boss", team.boss().id(), Role.MANAGER);
        CurrentUser hr = TestUsers.user("inbox-hr", null, Role.HR);
        CurrentUser admin = TestUsers.user("inbox-admin", null, Role.ADMIN);
        for (CurrentUser other : List.of(peer, manager, hr, admin)) {
            mvc.perform(get("/api/v1/inbox/" + id).with(TestUsers.as(other))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/inbox/" + id + "/read").with(csrf()).with(TestUsers.as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/inbox/" + id + "/open").with(TestUsers.as(other))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select read_at is null from notice where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(get("/api/v1/inbox/" + id).with(TestUsers.as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("test.reminder"));
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(hr))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(TestUsers.token("inbox-token", ApiScope.ORG_READ))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonSwitchesEmailOffForAKindAndChoosesTheLanguage() throws Exception {
        CurrentUser person = TestUsers.user("inbox-prefs", fixture.employee("偏好", team.unit(), team.position(), null).id());
        publishCommitted(new NoticeRequested(person.employeeId(), "test.reminder", "notify.test.text", List.of("x"), null, "p1"));
        mvc.perform(post("/inbox/preferences").with(csrf()).with(TestUsers.as(person))
                        .param("language", "en").param("kinds", "test.reminder"))
                .andExpect(redirectedUrl("/inbox/preferences"));
        mvc.perform(get("/api/v1/inbox/preferences").with(TestUsers.as(person)))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.kinds[0].kind").value("test.reminder"))
                .andExpect(jsonPath("$.kinds[0].email").value(false));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/inbox/preferences")
                        .with(csrf()).with(TestUsers.as(person)).contentType("application/json")
                        .content("{\"language\":\"fr\",\"emailOff\":[\"bad kind!\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'language')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'emailOff')]").exists());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'notify.preference.update' and entity_id = ?",
                Integer.class, String.valueOf(person.employeeId()))).isEqualTo(1);
    }

    /** An argument whose serialisation fails. */
    record Exploding(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("cannot be written");
        }
    }
}
