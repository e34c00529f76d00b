package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.Intake;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.review.Assessments;
import dev.kaohe.review.Calibrations;
import dev.kaohe.review.ItemInput;
import dev.kaohe.review.ManagerForm;
import dev.kaohe.review.ResultView;
import dev.kaohe.review.Results;
import dev.kaohe.review.SelfForm;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.Await;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R98: with fewer peers answered than the minimum to show (3), their average still counts in the result, but the
 * result's explanation (raters, rule, derivation; page and API) shows it to nobody who could tell the two colleagues
 * apart: not the assessee, not their reviewer, not a manager above. HR sees the aggregate.
 */
@IntegrationTest
class ResultAnonymityIT {

    private static final String API = "/api/v1/review/peer";
    private static final String CASE = "九月与我一起跟进华东区连锁客户续约,他主动整理了客户历史订单并提前两天给出报价方案";
    /** A peer's score in any explanation text: the rater's name followed by a number. */
    private static final Pattern PEER_SCORE = Pattern.compile("(同事|peer) \\d");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired PeerFixture fixture;
    @Autowired Cycles cycles;
    @Autowired Assessments assessments;
    @Autowired Results results;
    @Autowired Calibrations calibrations;
    @Autowired Intake intake;
    @Autowired OrgFixture org;

    @Test
    void twoPeersCountButTheirAverageIsShownOnlyToHr() throws Exception {
        PeerFixture.World world = fixture.world();
        CurrentUser hr = TestUsers.user("anon-hr", null, Role.HR);
        CurrentUser lead = world.as(world.lead(), Role.MANAGER);
        CurrentUser boss = world.as(world.boss(), Role.MANAGER);
        CurrentUser staff = world.as(world.staff());
        long cycleId = world.cycle().id();
        long staffId = world.staff().id();
        long participantId = world.staffParticipant().id();

        String no = world.staff().employeeNo();
        org.asHr(() -> intake.ingest(List.of(new ActualRow(no, "SALES_AMOUNT", "2026Q3", "120", "CRM", null),
                new ActualRow(no, "CONVERSION_RATE", "2026Q3", "30", "CRM", null), new ActualRow(no, "CSAT", "2026Q3", "4.8", "SURVEY", null),
                new ActualRow(no, "PROPOSALS_ADOPTED", "2026Q3", "3", "OA", null)), null));
        phase(hr, cycleId, CyclePhase.SELF_ASSESSMENT);
        as(staff, () -> assessments.saveSelf(cycleId, staffId, new SelfForm(null,
                List.of(new ItemInput("teamwork", new BigDecimal("4"), "跨部门配合及时"))), true));
        for (int i = 0; i < 2; i++) {
            JsonNode nominated = body(call(post(API + "/participants/" + participantId + "/nominations"), lead,
                    NominationForm.peer(world.peers().get(i).id())));
            long id = nominated.get("id").asLong();
            body(call(post(API + "/nominations/" + id + "/decision"), hr, new Decision(true, null, nominated.get("version").asLong())));
            call(post(API + "/forms/" + id + "/submit"), world.as(world.peers().get(i)),
                    new FeedbackAnswer(Map.of("teamwork", BigDecimal.valueOf(i == 0 ? 2 : 5)), CASE + i, "配合主动,沟通顺畅,推荐", null, null, 0L));
        }
        phase(hr, cycleId, CyclePhase.MANAGER_ASSESSMENT);
        as(lead, () -> assessments.saveManager(cycleId, staffId, new ManagerForm(null,
                List.of(new ItemInput("teamwork", new BigDecimal("3"), "配合积极")), "客户开发积极", "回款跟进不足", "郑经理"), true));

        ResultView forHr = Await.until(() -> {
            try {
                return as(hr, () -> results.current(cycleId, staffId));
            } catch (NotFoundException e) {
                return null;
            }
        });
        ResultView.Item teamwork = item(forHr);
        assertThat(teamwork.raters()).as("HR sees the aggregate").containsKeys("PEER", "MANAGER");
        assertThat(teamwork.withheld()).isNull();
        assertThat(forHr.derivation()).containsPattern(PEER_SCORE);

        for (CurrentUser close : List.of(lead, boss)) {
            withheld(as(close, () -> results.current(cycleId, staffId)));
        }
        String api = "/api/v1/review/cycles/" + cycleId + "/results/" + staffId;
        String page = "/review/cycles/" + cycleId + "/results/" + staffId;
        assertThat(text(get(api), lead)).doesNotContain("\"PEER\"").doesNotContainPattern(PEER_SCORE);
        assertThat(text(get(page), lead)).doesNotContainPattern(PEER_SCORE).contains("作答少于 3 人");

        phase(hr, cycleId, CyclePhase.PEER_REVIEW);
        phase(hr, cycleId, CyclePhase.CALIBRATION);
        as(hr, () -> calibrations.lock(cycleId));
        as(hr, () -> calibrations.publish(cycleId));
        ResultView mine = as(staff, () -> results.current(cycleId, staffId));
        withheld(mine);
        assertThat(mine.finalScore()).as("the peers' average still counts").isEqualByComparingTo(forHr.finalScore());
        assertThat(text(get(api), staff)).doesNotContain("\"PEER\"").doesNotContainPattern(PEER_SCORE);
        assertThat(text(get(page), staff)).doesNotContainPattern(PEER_SCORE).contains("同事:作答少于 3 人");
        assertThat(text(get(page), hr)).containsPattern(PEER_SCORE);
    }

    private static void withheld(ResultView result) {
        ResultView.Item teamwork = item(result);
        assertThat(teamwork.raters()).containsKey("MANAGER").doesNotContainKey("PEER");
        // (services answer in the caller's language; the pages below in the default zh-CN)
        assertThat(teamwork.withheld()).contains("3");
        assertThat(teamwork.rule()).isEqualTo(teamwork.withheld()).doesNotContainPattern(PEER_SCORE);
        assertThat(result.derivation()).doesNotContainPattern(PEER_SCORE).contains(teamwork.withheld());
    }

    private static ResultView.Item item(ResultView result) {
        return result.items().stream().filter(i -> i.code().equals("teamwork")).findFirst().orElseThrow();
    }

    private void phase(CurrentUser hr, long cycleId, CyclePhase to) {
        as(hr, () -> cycles.changePhase(cycleId, new PhaseChange(to, "测试推进", cycles.get(cycleId).version())));
    }

    private String text(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
    }

    private org.springframework.test.web.servlet.ResultActions call(MockHttpServletRequestBuilder request, CurrentUser user, Object body)
            throws Exception {
        request.with(TestUsers.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        return mvc.perform(request).andExpect(status().is2xxSuccessful());
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

}
