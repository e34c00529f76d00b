package dev.kaohe.review;

import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.review.ReviewSafeguardsIT.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A blind manager review set to hide the self-report's evidence and files too, until the manager assessment is submitted. */
@IntegrationTest
@TestPropertySource(properties = "kaohe.review.blind-review-hides=SCORES_AND_NOTES")
class BlindReviewNotesIT {

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired Assessments assessments;
    @Autowired MockMvc mvc;

    @Test
    void theReviewerSeesNeitherScoresNorEvidenceNorFilesUntilTheirOwnIsSubmitted() throws Exception {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = fixture.quarter(team, fixture.lockedScheme());
        CurrentUser staff = TestUsers.user("bn-staff-" + team.staff().id(), team.staff().id());
        CurrentUser lead = TestUsers.user("bn-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        long employeeId = team.staff().id();
        phase(cycle, CyclePhase.SELF_ASSESSMENT);
        as(staff, () -> assessments.saveSelf(cycle.id(), employeeId, ReviewSafeguardsIT.selfForm(null), false));
        long file = as(staff, () -> assessments.attach(cycle.id(), employeeId, null, "合同摘要.pdf", "application/pdf",
                ReviewSafeguardsIT.PDF)).id();
        AssessmentView mine = as(staff, () -> assessments.get(cycle.id(), employeeId));
        as(staff, () -> assessments.saveSelf(cycle.id(), employeeId, ReviewSafeguardsIT.selfForm(mine.self().version()), true));
        phase(cycle, CyclePhase.MANAGER_ASSESSMENT);

        String form = "/review/cycles/" + cycle.id() + "/assessments/" + employeeId;
        AssessmentView blind = as(lead, () -> assessments.get(cycle.id(), employeeId));
        assertThat(blind.selfScoresHidden()).isTrue();
        assertThat(blind.selfNotesHidden()).isTrue();
        assertThat(blind.self().items()).isEmpty();
        assertThat(blind.self().attachments()).isEmpty();
        mvc.perform(get(form + "/attachments/" + file).with(TestUsers.as(lead))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + form + "/attachments/" + file).with(TestUsers.as(lead))).andExpect(status().isNotFound());
        mvc.perform(get(form).with(TestUsers.as(lead))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("本季新增 8 家客户"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("分数、证据说明和附件")));
        // the assessee and HR are not blinded
        mvc.perform(get(form + "/attachments/" + file).with(TestUsers.as(staff))).andExpect(status().isOk());
        mvc.perform(get(form + "/attachments/" + file).with(TestUsers.as(OrgFixture.HR))).andExpect(status().isOk());

        as(lead, () -> assessments.saveManager(cycle.id(), employeeId, ReviewSafeguardsIT.managerForm(), true));
        AssessmentView open = as(lead, () -> assessments.get(cycle.id(), employeeId));
        assertThat(open.selfNotesHidden()).isFalse();
        assertThat(open.self().entry("teamwork").note()).isEqualTo("本季新增 8 家客户,方法:精准渠道触达");
        assertThat(open.self().attachments()).extracting(AttachmentView::fileName).containsExactly("合同摘要.pdf");
        mvc.perform(get(form + "/attachments/" + file).with(TestUsers.as(lead))).andExpect(status().isOk());
    }

    private void phase(CycleView cycle, CyclePhase to) {
        fixture.org().asHr(() -> cycles.changePhase(cycle.id(), new PhaseChange(to, "测试推进", cycles.get(cycle.id()).version())));
    }
}
