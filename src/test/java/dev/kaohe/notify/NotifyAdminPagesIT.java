package dev.kaohe.notify;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins set up a robot channel on the page: bad input named per field, the secret kept and never shown, stale edits refused. */
@IntegrationTest
class NotifyAdminPagesIT {

    private static final CurrentUser ADMIN = TestUsers.user("notify-page-admin", null, Role.ADMIN);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAdminCreatesEditsAndDeletesAChannel() throws Exception {
        String name = OrgFixture.unique("团队群");
        mvc.perform(post("/admin/notify/channels").with(csrf()).with(TestUsers.as(ADMIN))
                        .param("name", name).param("kind", "WECOM").param("webhookUrl", "ftp://nowhere")
                        .param("secret", "s").param("noticeKinds", "cycle.escalation, bad kind!").param("language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Webhook 地址必须是完整的 http(s) 地址")))
                .andExpect(content().string(containsString("企业微信机器人不加签")))
                .andExpect(content().string(containsString("不是有效的消息类型：kind!")));
        assertThat(jdbc.queryForObject("select count(*) from notify_channel where name = ?", Integer.class, name)).isZero();

        String token = "secret-token-" + name;
        mvc.perform(post("/admin/notify/channels").with(csrf()).with(TestUsers.as(ADMIN))
                        .param("name", name).param("kind", "DINGTALK")
                        .param("webhookUrl", "http://127.0.0.1:9/robot/send?access_token=" + token)
                        .param("secret", "SECkeep").param("noticeKinds", "pages.none").param("language", "en"))
                .andExpect(redirectedUrl("/admin/notify"));
        long id = jdbc.queryForObject("select id from notify_channel where name = ?", Long.class, name);
        mvc.perform(get("/admin/notify").with(TestUsers.as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(not(containsString("SECkeep"))));
        mvc.perform(get("/admin/notify/channels/" + id + "/edit").with(TestUsers.as(ADMIN)))
                .andExpect(content().string(not(containsString("SECkeep"))));

        mvc.perform(post("/admin/notify/channels/" + id).with(csrf()).with(TestUsers.as(ADMIN))
                        .param("name", name).param("kind", "DINGTALK").param("webhookUrl", "http://127.0.0.1:9/robot/send?access_token=" + token)
                        .param("secret", "").param("noticeKinds", "pages.none, pages.*").param("language", "en").param("version", "0"))
                .andExpect(redirectedUrl("/admin/notify"));
        assertThat(jdbc.queryForObject("select secret from notify_channel where id = ?", String.class, id)).isEqualTo("SECkeep");
        assertThat(jdbc.queryForObject("select notice_kinds from notify_channel where id = ?", String.class, id)).isEqualTo("pages.none,pages.*");
        assertThat(jdbc.queryForObject("select enabled from notify_channel where id = ?", Boolean.class, id)).isFalse();

        mvc.perform(post("/admin/notify/channels/" + id).with(csrf()).with(TestUsers.as(ADMIN))
                        .param("name", name).param("kind", "DINGTALK").param("webhookUrl", "http://127.0.0.1:9/x")
                        .param("noticeKinds", "*").param("version", "0"))
                .andExpect(status().isConflict());

        mvc.perform(post("/admin/notify/channels/" + id + "/test").with(csrf()).with(TestUsers.as(ADMIN)))
                .andExpect(redirectedUrl("/admin/notify"));
        assertThat(jdbc.queryForObject("select status from notify_delivery where channel_id = ?", String.class, id)).isEqualTo("FAILED");
        mvc.perform(get("/admin/notify/deliveries?status=FAILED&channel=DINGTALK").with(TestUsers.as(TestUsers.user("notify-page-hr", null, Role.HR))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));

        mvc.perform(post("/admin/notify/channels/" + id + "/delete").with(csrf()).with(TestUsers.as(ADMIN)).param("version", "1"))
                .andExpect(redirectedUrl("/admin/notify"));
        assertThat(jdbc.queryForObject("select count(*) from notify_channel where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'notify_channel' and entity_id = ? order by seq",
                String.class, String.valueOf(id)))
                .containsExactly("notify.channel.create", "notify.channel.update", "notify.channel.test", "notify.channel.delete");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'notify_channel' and entity_id = ? and "
                + "(coalesce(after_state, '') like ? or coalesce(before_state, '') like ?)", Integer.class, String.valueOf(id),
                "%" + token + "%", "%SECkeep%")).as("the audit trail holds neither the token nor the secret").isZero();
    }
}
