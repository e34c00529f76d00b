package dev.kaohe.review.peer;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.review.RaterInputs;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 360 feedback from nomination to the numbers results read: nobody nominates their own reviewers, HR approves,
 * a rater reaches only their own form, answers must cite a case, submitting twice is harmless, a stale save is
 * refused, peers' answers show only from three answers and never with names, a customer answers through a link,
 * the collaborating department rates, and {@link RaterInputs} averages what was submitted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerReviewIT {

    private static final String API = "/api/v1/review/peer";
    private static final String CASE = "九月与我一起跟进华东区连锁客户续约,他主动整理了客户历史订单并提前两天给出报价方案";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired PeerFixture fixture;
    @Autowired RaterInputs raterInputs;
    @Autowired JdbcTemplate jdbc;

    PeerFixture.World world;
    CurrentUser hr;
    CurrentUser lead;
    CurrentUser staff;
    long participantId;
    long[] peerForms = new long[3];
    long customerNomination;
    String customerLink;

    @BeforeAll
    void world() {
        world = fixture.world();
        hr = TestUsers.user("peer-hr", null, Role.HR);
        lead = world.as(world.lead(), Role.MANAGER);
        staff = world.as(world.staff());
        participantId = world.staffParticipant().id();
    }

    @Test
    @Order(1)
    void theAssesseeCannotNominateTheirOwnReviewers() throws Exception {
        call(post(API + "/participants/" + participantId + "/nominations"), staff, NominationForm.peer(world.peers().get(0).id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("自己提名")));
        // nor see who was nominated
        call(get(API + "/participants/" + participantId + "/nominations"), staff, null).andExpect(status().isNotFound());
        // the manager cannot name the assessee as their own reviewer
        call(post(API + "/participants/" + participantId + "/nominations"), lead, NominationForm.peer(world.staff().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewerEmployeeId"));
    }

    @Test
    @Order(2)
    void theManagerNominatesAndHrApprovesEachPeer() throws Exception {
        for (int i = 0; i < 3; i++) {
            JsonNode nominated = body(call(post(API + "/participants/" + participantId + "/nominations"), lead,
                    NominationForm.peer(world.peers().get(i).id())).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("PROPOSED")));
            long id = nominated.get("id").asLong();
            peerForms[i] = id;
            // not approved yet: the colleague has no form
            call(get(API + "/forms/" + id), rater(i), null).andExpect(status().isNotFound());
            // the manager may not approve
            call(post(API + "/nominations/" + id + "/decision"), lead, new Decision(true, null, 0L)).andExpect(status().isForbidden());
            call(post(API + "/nominations/" + id + "/decision"), hr, new Decision(true, "同意", nominated.get("version").asLong()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.nomination.status").value("APPROVED"));
        }
        // the same colleague twice is refused
        call(post(API + "/participants/" + participantId + "/nominations"), lead, NominationForm.peer(world.peers().get(0).id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reviewerEmployeeId"));
        // a decided nomination cannot be decided again
        call(post(API + "/nominations/" + peerForms[0] + "/decision"), hr, new Decision(false, null, 1L)).andExpect(status().isConflict());
        call(get(API + "/requests"), rater(0), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nominationId").value(peerForms[0]))
                .andExpect(jsonPath("$[0].assesseeName").value("王小明"));
    }

    @Test
    @Order(3)
    void aPeerReachesOnlyTheirOwnForm() throws Exception {
        call(get(API + "/forms/" + peerForms[0]), rater(0), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("teamwork"));
        call(get(API + "/forms/" + peerForms[0]), rater(1), null).andExpect(status().isNotFound());
        call(get(API + "/forms/" + peerForms[0]), staff, null).andExpect(status().isNotFound());
        call(get(API + "/forms/" + peerForms[0]), lead, null).andExpect(status().isNotFound());
        call(put(API + "/forms/" + peerForms[0]), rater(1), answer(4, CASE, 0)).andExpect(status().isNotFound());
    }

    @Test
    @Order(4)
    void aBareRatingIsRefusedNamingTheCaseField() throws Exception {
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0), answer(4, null, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'caseText')].message").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("具体案例"))));
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0), answer(4, "太短的案例", 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseText"));
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0), answer(9, CASE, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratings.teamwork"));
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0),
                new FeedbackAnswer(Map.of("sales", BigDecimal.ONE, "teamwork", BigDecimal.ONE), CASE, "配合非常主动,值得肯定", null, null, 0L))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratings.sales"));
    }

    @Test
    @Order(5)
    void aStaleSaveIsToldAndSubmittingTwiceIsHarmless() throws Exception {
        call(put(API + "/forms/" + peerForms[0]), rater(0), answer(3, "草稿", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.version").value(1));
        call(put(API + "/forms/" + peerForms[0]), rater(0), answer(5, "另一个草稿", 0)).andExpect(status().isConflict());
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0), answer(4, CASE, 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(post(API + "/forms/" + peerForms[0] + "/submit"), rater(0), answer(4, CASE, 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(put(API + "/forms/" + peerForms[0]), rater(0), answer(2, CASE, 2)).andExpect(status().isConflict());
        Integer ratings = jdbc.queryForObject("select count(*) from peer_rating where nomination_id = ?", Integer.class, peerForms[0]);
        assertThat(ratings).isEqualTo(1);
    }

    @Test
    @Order(6)
    void peerAnswersShowOnlyFromThreeAndNeverWithNames() throws Exception {
        call(post(API + "/forms/" + peerForms[1] + "/submit"), rater(1), answer(5, CASE + "(第二位)", 0)).andExpect(status().isOk());
        String two = call(get(API + "/participants/" + participantId + "/summary"), lead, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'PEER')].answered").value(org.hamcrest.Matchers.hasItem(2)))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'PEER')].shown").value(org.hamcrest.Matchers.hasItem(false)))
                .andReturn().getResponse().getContentAsString();
        assertThat(two).doesNotContain(CASE);

        call(post(API + "/forms/" + peerForms[2] + "/submit"), rater(2), answer(3, CASE + "(第三位)", 0)).andExpect(status().isOk());
        String three = call(get(API + "/participants/" + participantId + "/summary"), lead, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'PEER')].shown").value(org.hamcrest.Matchers.hasItem(true)))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'PEER')].items[0].average").value(org.hamcrest.Matchers.hasItem(4.0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(three).contains(CASE).doesNotContainIgnoringCase("reviewer").doesNotContain("u-");
        for (EmployeeView peer : world.peers()) {
            assertThat(three).doesNotContain(peer.name()).doesNotContain(peer.employeeNo());
        }
        byte[] xlsx = mvc.perform(get(API + "/participants/" + participantId + "/summary.xlsx").with(TestUsers.as(lead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell.toString()).append('|');
                }
            }
        }
        assertThat(cells.toString()).contains(CASE);
        world.peers().forEach(peer -> assertThat(cells.toString()).doesNotContain(peer.name()));
        // the assessee sees nothing before the results are published
        call(get(API + "/participants/" + participantId + "/summary"), staff, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(false)).andExpect(jsonPath("$.kinds").isEmpty());
    }

    @Test
    @Order(7)
    void aCustomerAnswersThroughAOneTimeLinkWithoutSigningIn() throws Exception {
        JsonNode nominated = body(call(post(API + "/participants/" + participantId + "/nominations"), lead,
                NominationForm.customer("林女士", "lin@example.com", "华联超市")).andExpect(status().isCreated()));
        customerNomination = nominated.get("id").asLong();
        assertThat(raterInputs.complete(participantId)).as("a nomination awaits HR").isFalse();
        JsonNode decided = body(call(post(API + "/nominations/" + customerNomination + "/decision"), hr,
                new Decision(true, null, nominated.get("version").asLong())).andExpect(status().isOk()));
        customerLink = decided.get("externalLink").asString();
        assertThat(customerLink).startsWith("/review/peer/external/");
        String token = customerLink.substring(customerLink.lastIndexOf('/') + 1);
        String stored = jdbc.queryForObject("select token_hash from peer_nomination where id = ?", String.class, customerNomination);
        assertThat(stored).isNotEqualTo(token).isEqualTo(PeerTokens.hash(token));
        // the link is not repeated anywhere
        assertThat(call(get(API + "/participants/" + participantId + "/nominations"), hr, null)
                .andReturn().getResponse().getContentAsString()).doesNotContain(token);

        mvc.perform(get(customerLink)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("王小明")));
        mvc.perform(get("/review/peer/external/" + token.substring(1) + "x")).andExpect(status().isNotFound());
        mvc.perform(post(customerLink).with(csrf()).param("action", "submit").param("version", "0").param("rating.teamwork", "5"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("不接受仅打分")));
        mvc.perform(post(customerLink).with(csrf()).param("action", "submit").param("version", "0").param("rating.teamwork", "5")
                        .param("caseText", "十月门店补货紧急,他当天协调仓库发货并跟踪到店,避免了断货损失")
                        .param("comment", "响应及时,沟通清楚,值得信赖"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from peer_form where nomination_id = ?", String.class, customerNomination))
                .isEqualTo("SUBMITTED");
    }

    @Test
    @Order(8)
    void hrAssignsTheCollaboratingDepartment() throws Exception {
        call(post(API + "/participants/" + participantId + "/collaborators"), lead,
                new CollaboratorForm(world.marketingHead().id(), null)).andExpect(status().isForbidden());
        call(post(API + "/participants/" + participantId + "/collaborators"), hr,
                new CollaboratorForm(world.boss().id(), null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewerEmployeeId"));
        JsonNode assigned = body(call(post(API + "/participants/" + participantId + "/collaborators"), hr,
                new CollaboratorForm(world.marketingHead().id(), null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPROVED")));
        long id = assigned.get("id").asLong();
        CurrentUser head = world.as(world.marketingHead());
        call(post(API + "/forms/" + id + "/submit"), head, new FeedbackAnswer(null, null, "配合很好,市场活动线索跟进及时", new BigDecimal("6"),
                new BigDecimal("5"), 0L)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("responseSpeed"));
        assertThat(raterInputs.complete(participantId)).as("the collaboration form is open").isFalse();
        call(post(API + "/forms/" + id + "/submit"), head, new FeedbackAnswer(null, null, "配合很好,市场活动线索跟进及时", new BigDecimal("4"),
                new BigDecimal("5"), 0L)).andExpect(status().isOk());
        call(get(API + "/participants/" + participantId + "/summary"), lead, null)
                .andExpect(jsonPath("$.kinds[?(@.kind == 'CROSS_DEPARTMENT')].remarks[0].department").value(org.hamcrest.Matchers.hasItem("市场部")));
    }

    @Test
    @Order(9)
    void raterInputsAverageTheSubmittedFormsPerItemAndKind() {
        Map<String, Map<String, BigDecimal>> ratings = raterInputs.ratings(participantId);
        assertThat(ratings).containsOnlyKeys("teamwork");
        assertThat(ratings.get("teamwork")).containsEntry("PEER", new BigDecimal("4.00"))
                .containsEntry("CUSTOMER", new BigDecimal("5.00"))
                .containsEntry("CROSS_DEPARTMENT", new BigDecimal("4.50"));
        assertThat(raterInputs.complete(participantId)).isTrue();
    }

    private CurrentUser rater(int i) {
        return world.as(world.peers().get(i));
    }

    private static FeedbackAnswer answer(int teamwork, String caseText, long version) {
        return new FeedbackAnswer(Map.of("teamwork", BigDecimal.valueOf(teamwork)), caseText, "配合主动,沟通顺畅,推荐", null, null, version);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, CurrentUser user, Object body) throws Exception {
        request.with(TestUsers.as(user)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
