package dev.kaohe.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualLookup;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.ActualsChanged;
import dev.kaohe.intake.Intake;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.Await;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One quarter's assessment of 孙员工 (reviewed by 钱经理) on scheme B: self-assessment with evidence, the manager's
 * blind assessment and signature, the result with its derivation, corrected actuals, calibration and publication.
 */
@IntegrationTest
@RecordApplicationEvents
class ReviewWorkflowIT {

    static final CurrentUser HR = TestUsers.user("rv-hr", null, Role.HR);

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired Assessments assessments;
    @Autowired Results results;
    @Autowired Calibrations calibrations;
    @Autowired Intake intake;
    @Autowired ActualLookup lookup;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    OrgFixture.Team team;
    CycleView cycle;
    CurrentUser staff;
    CurrentUser lead;
    CurrentUser boss;
    CurrentUser outsider;

    @BeforeEach
    void aQuarterInSelfAssessment() {
        team = fixture.org().team();
        cycle = fixture.quarter(team, fixture.lockedScheme());
        staff = TestUsers.user("rv-staff-" + team.staff().id(), team.staff().id());
        lead = TestUsers.user("rv-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        boss = TestUsers.user("rv-boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
        outsider = TestUsers.user("rv-other-" + team.other().id(), team.other().id(), Role.MANAGER);
        actuals("120", "30", "4.8", "3");
        phase(CyclePhase.SELF_ASSESSMENT, "自评开始");
    }

    @Test
    void aSelfDraftIsSubmittedOnceAndTheReviewerSeesSelfScoresOnlyAfterSubmittingTheirOwn() {
        AssessmentView draft = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), false));
        assertThat(draft.self().status()).isEqualTo("DRAFT");
        assertThat(draft.self().entry("teamwork").note()).isEqualTo("本季新增 8 家客户,方法:精准渠道触达");
        assertThat(draft.items()).extracting(AssessmentView.Item::indicatorCode).contains("SALES_AMOUNT", "TEAMWORK");
        assertThat(draft.items()).filteredOn(i -> i.code().equals("sales")).first()
                .satisfies(i -> assertThat(i.actual()).isEqualByComparingTo("120"));

        AssessmentView submitted = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(draft.self().version()), true));
        AssessmentView again = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(draft.self().version()), true));
        assertThat(submitted.self().status()).isEqualTo("SUBMITTED");
        assertThat(again.self().version()).isEqualTo(submitted.self().version());
        assertThat(auditActions("review_form")).containsExactly("review.self.save", "review.self.submit");

        assertThatThrownBy(() -> as(lead, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "钱经理"), false)))
                .isInstanceOf(ConflictException.class);
        phase(CyclePhase.MANAGER_ASSESSMENT, null);

        AssessmentView blind = as(lead, () -> assessments.get(cycle.id(), team.staff().id()));
        assertThat(blind.viewer()).isEqualTo(AssessmentView.Viewer.REVIEWER);
        assertThat(blind.selfScoresHidden()).isTrue();
        // R96: the manager works from the self-report, without its scores
        assertThat(blind.self().entry("teamwork").score()).isNull();
        assertThat(blind.self().entry("teamwork").note()).isEqualTo("本季新增 8 家客户,方法:精准渠道触达");
        assertThat(blind.self().status()).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> as(outsider, () -> assessments.get(cycle.id(), team.staff().id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(staff, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "孙员工"), true)))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as(lead, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "别人"), true)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).containsExactly("signature"));
        AssessmentView signed = as(lead, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "钱经理"), true));
        assertThat(signed.manager().signatureName()).isEqualTo("钱经理");
        assertThat(signed.manager().signedAt()).isNotNull();
        assertThat(signed.selfScoresHidden()).isFalse();
        assertThat(signed.self().entry("teamwork").score()).isEqualByComparingTo("4");

        // the manager's assessment is hidden from the assessee until publication
        assertThat(as(staff, () -> assessments.get(cycle.id(), team.staff().id())).manager()).isNull();
        assertThat(as(boss, () -> assessments.get(cycle.id(), team.staff().id())).viewer()).isEqualTo(AssessmentView.Viewer.MANAGER);
    }

    @Test
    void theResultIsComputedWithItsDerivationOnceInputsAreCompleteAndStaysHiddenFromTheEmployeeUntilPublished() throws Exception {
        completeInputs();
        ResultView result = computed();
        long salesActual = lookup.current(team.staff().id(), "2026Q3", List.of("SALES_AMOUNT")).get("SALES_AMOUNT").actualId();
        assertThat(result.versionNo()).isEqualTo(1);
        assertThat(result.reasonKind()).isEqualTo("CALCULATION");
        assertThat(result.gradeCode()).isNotBlank();
        assertThat(result.finalScore()).isNotNull();
        assertThat(result.items()).filteredOn(i -> i.code().equals("sales")).first().satisfies(i -> {
            assertThat(i.actual()).isEqualByComparingTo("120");
            assertThat(i.target()).isEqualByComparingTo("100");
            assertThat(i.achievement()).isEqualByComparingTo("120");
            assertThat(i.actualId()).isEqualTo(salesActual);
            assertThat(i.lineage()).isEqualTo("/intake/actuals/" + salesActual);
            assertThat(i.rule()).isNotBlank();
            assertThat(i.weight()).isEqualByComparingTo("40");
        });
        assertThat(result.items()).filteredOn(i -> i.code().equals("teamwork")).first()
                .satisfies(i -> assertThat(i.raters()).containsKey("MANAGER"));
        assertThat(result.derivation()).isNotBlank();
        // the reviewer sees it; the assessee does not, through the service, the API or the page
        assertThat(as(lead, () -> results.current(cycle.id(), team.staff().id())).versionNo()).isEqualTo(1);
        assertThatThrownBy(() -> as(staff, () -> results.current(cycle.id(), team.staff().id()))).isInstanceOf(NotFoundException.class);
        String api = "/api/v1/review/cycles/" + cycle.id() + "/results/" + team.staff().id();
        mvc.perform(get(api).with(TestUsers.as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/review/cycles/" + cycle.id() + "/results/" + team.staff().id()).with(TestUsers.as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/cycles/" + cycle.id() + "/results/" + team.staff().id()).with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/intake/actuals/" + salesActual)));

        // calibration: a grade with its reason makes a new, audited version
        phase(CyclePhase.CALIBRATION, "本期不做 360");
        CalibrationView before = as(HR, () -> calibrations.view(cycle.id(), null));
        assertThat(before.withResult()).isEqualTo(1);
        assertThat(before.bands()).extracting(CalibrationView.Band::grade).containsExactly("S", "A", "B", "C", "D");
        assertThatThrownBy(() -> as(HR, () -> calibrations.adjust(cycle.id(), team.staff().id(), new AdjustForm("C", null, " ", 1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(lead, () -> calibrations.adjust(cycle.id(), team.staff().id(), new AdjustForm("C", null, "x", 1))))
                .isInstanceOf(AccessDeniedException.class);
        ResultView calibrated = as(HR, () -> calibrations.adjust(cycle.id(), team.staff().id(),
                new AdjustForm("C", null, "与团队同级别对比后下调", 1)));
        assertThat(calibrated.versionNo()).isEqualTo(2);
        assertThat(calibrated.reasonKind()).isEqualTo("CALIBRATION");
        assertThat(calibrated.gradeCode()).isEqualTo("C");
        assertThat(calibrated.adjusted()).isTrue();
        assertThat(as(HR, () -> results.version(cycle.id(), team.staff().id(), 1)).gradeCode()).isEqualTo(result.gradeCode());
        assertThatThrownBy(() -> as(HR, () -> calibrations.adjust(cycle.id(), team.staff().id(), new AdjustForm("B", null, "再调", 1))))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForList("select after_state from audit_entry where action = 'review.calibrate' and entity_id = ?",
                String.class, String.valueOf(calibrated.participantId()))).singleElement().asString().contains("与团队同级别对比后下调");

        assertThatThrownBy(() -> as(HR, () -> calibrations.publish(cycle.id()))).isInstanceOf(ConflictException.class);
        CalibrationView locked = as(HR, () -> calibrations.lock(cycle.id()));
        assertThat(locked.locked()).isTrue();
        assertThat(locked.canPublish()).isTrue();
        assertThatThrownBy(() -> as(staff, () -> results.current(cycle.id(), team.staff().id()))).isInstanceOf(NotFoundException.class);

        CalibrationView published = as(HR, () -> calibrations.publish(cycle.id()));
        assertThat(published.published()).isTrue();
        assertThat(published.deadlineStatus()).isIn(CalibrationView.Deadline.ON_TIME, CalibrationView.Deadline.LATE);
        ResultView mine = as(staff, () -> results.current(cycle.id(), team.staff().id()));
        assertThat(mine.gradeCode()).isEqualTo("C");
        assertThat(mine.items()).isNotEmpty();
        mvc.perform(get(api).with(TestUsers.as(staff))).andExpect(status().isOk());
        assertThat(as(staff, () -> assessments.get(cycle.id(), team.staff().id())).manager()).isNotNull();
        mvc.perform(get("/review/cycles/" + cycle.id() + "/calibration").with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("distribution-chart")));
        mvc.perform(get("/review/cycles/" + cycle.id() + "/assessments/" + team.staff().id()).with(TestUsers.as(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("钱经理")));
        mvc.perform(get("/review").with(TestUsers.as(staff))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("own-assessments")));
        assertThat(events.stream(NoticeRequested.class).filter(n -> n.kind().equals("review.published")))
                .extracting(NoticeRequested::recipientEmployeeId).containsExactly(team.staff().id());
    }

    @Test
    void aSecondEditorBasedOnAnOldVersionGets409AndTheirTextStaysOnThePage() throws Exception {
        AssessmentView first = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), false));
        as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(first.self().version()), false));
        assertThatThrownBy(() -> as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(first.self().version()), false)))
                .isInstanceOf(ConflictException.class);

        String path = "/review/cycles/" + cycle.id() + "/assessments/" + team.staff().id() + "/self";
        mvc.perform(post(path).with(csrf()).with(TestUsers.as(staff)).param("version", String.valueOf(first.self().version()))
                        .param("action", "save").param("score.teamwork", "5").param("note.teamwork", "第二个窗口写的证据,不能丢"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第二个窗口写的证据,不能丢")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("form-conflict")));
        mvc.perform(post("/api/v1/review/cycles/" + cycle.id() + "/assessments/" + team.staff().id() + "/self/submit")
                        .with(csrf()).with(TestUsers.as(staff)).contentType("application/json")
                        .content("{\"version\":" + first.self().version() + ",\"items\":[{\"code\":\"teamwork\",\"score\":4}]}"))
                .andExpect(status().isConflict());
    }

    @Test
    void reopeningASubmittedAssessmentNeedsHrAndAReasonAndIsAudited() {
        AssessmentView submitted = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), true));
        assertThat(submitted.self().submitted()).isTrue();
        assertThatThrownBy(() -> as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(submitted.self().version()), false)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(staff, () -> assessments.reopen(cycle.id(), team.staff().id(), FormKind.SELF, new ReopenForm("想改"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, () -> assessments.reopen(cycle.id(), team.staff().id(), FormKind.SELF, new ReopenForm("想改"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(HR, () -> assessments.reopen(cycle.id(), team.staff().id(), FormKind.SELF, new ReopenForm(""))))
                .isInstanceOf(InvalidInputException.class);
        phase(CyclePhase.MANAGER_ASSESSMENT, null);
        AssessmentView reopened = as(HR, () -> assessments.reopen(cycle.id(), team.staff().id(), FormKind.SELF, new ReopenForm("证据附件传错")));
        assertThat(reopened.self().status()).isEqualTo("DRAFT");
        assertThat(reopened.self().reopened()).isTrue();
        assertThat(jdbc.queryForList("select after_state from audit_entry where action = 'review.self.reopen' and entity_type = 'review_form'"
                + " and actor = 'rv-hr' order by seq desc limit 1", String.class)).singleElement().asString().contains("证据附件传错");
        // a reopened form may be edited outside its phase
        AssessmentView edited = as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(reopened.self().version()), true));
        assertThat(edited.self().submitted()).isTrue();
    }

    @Test
    void correctedActualsRecomputeTheResultAndOnceLockedMarkItStale() {
        completeInputs();
        long before = computed().versionNo();
        actuals("80", null, null, null);
        publisher.publishEvent(new ActualsChanged(List.of(new ActualsChanged.Key(team.staff().id(), "SALES_AMOUNT", "2026Q3"))));
        ResultView recomputed = Await.until(() -> {
            ResultView r = as(HR, () -> results.current(cycle.id(), team.staff().id()));
            return r.versionNo() > before ? r : null;
        });
        assertThat(recomputed.reasonKind()).isEqualTo("RECALCULATION");
        assertThat(recomputed.stale()).isFalse();
        assertThat(recomputed.items()).filteredOn(i -> i.code().equals("sales")).first()
                .satisfies(i -> assertThat(i.actual()).isEqualByComparingTo("80"));

        phase(CyclePhase.CALIBRATION, "本期不做 360");
        as(HR, () -> calibrations.lock(cycle.id()));
        actuals("95", null, null, null);
        publisher.publishEvent(new ActualsChanged(List.of(new ActualsChanged.Key(team.staff().id(), "SALES_AMOUNT", "2026Q3"))));
        ResultView locked = as(HR, () -> results.current(cycle.id(), team.staff().id()));
        assertThat(locked.stale()).isTrue();
        assertThat(locked.versionNo()).isEqualTo(recomputed.versionNo());
        assertThat(as(HR, () -> calibrations.view(cycle.id(), null)).stale()).isEqualTo(1);
    }

    @Test
    void committedRecordsFeedTheResultThroughAggregationAndACorrectedRecordMarksTheLockedResultStale(
            @Autowired dev.kaohe.intake.RecordImports records) {
        String no = team.staff().employeeNo();
        String ref = OrgFixture.unique("RV");
        orders(records, no + "," + ref + "-1,2026-07-15,100\n" + no + "," + ref + "-2,2026-08-15,50\n");
        // the quarter's aggregated sales replace the value imported directly
        assertThat(lookup.current(team.staff().id(), "2026Q3", List.of("SALES_AMOUNT")).get("SALES_AMOUNT").value()).isEqualByComparingTo("150");
        completeInputs();
        ResultView used = Await.until(() -> {
            ResultView r = computed();
            return r.items().stream().anyMatch(i -> i.code().equals("sales") && i.actual() != null && i.actual().compareTo(new BigDecimal("150")) == 0)
                    ? r : null;
        });
        assertThat(used.stale()).isFalse();
        phase(CyclePhase.CALIBRATION, "本期不做 360");
        as(HR, () -> calibrations.lock(cycle.id()));

        // a corrected file: order 1 again, with another amount, supersedes the first one
        orders(records, no + "," + ref + "-1,2026-07-15,30\n");
        assertThat(lookup.current(team.staff().id(), "2026Q3", List.of("SALES_AMOUNT")).get("SALES_AMOUNT").value()).isEqualByComparingTo("80");
        ResultView locked = as(HR, () -> results.current(cycle.id(), team.staff().id()));
        assertThat(locked.stale()).isTrue();
        assertThat(locked.items()).filteredOn(i -> i.code().equals("sales")).first()
                .satisfies(i -> assertThat(i.actual()).isEqualByComparingTo("150"));
    }

    private void orders(dev.kaohe.intake.RecordImports records, String rows) {
        byte[] csv = ("员工编号,订单编号,订单日期,金额\n" + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        fixture.org().asHr(() -> {
            java.util.UUID id = records.upload(dev.kaohe.intake.RecordType.ORDER, "orders.csv", new java.io.ByteArrayInputStream(csv),
                    csv.length, "CRM").batchId();
            return records.commit(id, dev.kaohe.intake.CommitMode.ALL_OR_NOTHING);
        });
    }

    @Test
    void pendingWorkNamesWhoStillOwesAnAssessment(@Autowired dev.kaohe.review.ReviewPendingWork pending,
                                                  @Autowired dev.kaohe.cycle.CycleDirectory directory) {
        as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), true));
        var participants = directory.participants(cycle.id());
        var self = pending.pending(cycle, CyclePhase.SELF_ASSESSMENT, participants);
        assertThat(self).hasSize(participants.size() - 1);
        assertThat(self).extracting(dev.kaohe.cycle.PendingWork.Task::assigneeEmployeeId).doesNotContain(team.staff().id());
        var manager = pending.pending(cycle, CyclePhase.MANAGER_ASSESSMENT, participants);
        assertThat(manager).extracting(dev.kaohe.cycle.PendingWork.Task::assigneeEmployeeId).contains(team.lead().id());
        assertThat(events.stream(NoticeRequested.class).filter(n -> n.kind().equals("review.self.due")
                && n.recipientEmployeeId() == team.staff().id())).hasSize(1);
    }

    // --- helpers

    /** The result, once the background calculation has computed it after the submissions. */
    private ResultView computed() {
        return Await.until(() -> {
            try {
                return as(HR, () -> results.current(cycle.id(), team.staff().id()));
            } catch (NotFoundException e) {
                return null;
            }
        });
    }

    @Test
    void aSubmissionMarksItsParticipantPendingInItsOwnTransactionAndTheBackgroundComputesOnlyThem() {
        as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), true));
        // the mark committed with the submission; the calculation takes it (nothing to compute yet: no manager form)
        Await.until(() -> pendingOf(cycle.id()) == 0 ? Boolean.TRUE : null);
        assertThat(jdbc.queryForObject("select count(*) from review_result where cycle_id = ?", Integer.class, cycle.id())).isZero();

        phase(CyclePhase.MANAGER_ASSESSMENT, null);
        as(lead, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "钱经理"), true));
        ResultView result = computed();
        assertThat(result.rankBand()).as("not everyone of the population has a result, so no rank").isNull();
        assertThat(pendingOf(cycle.id())).isZero();
        assertThat(jdbc.queryForList("select after_state from audit_entry where action = 'review.result.calculate' and entity_id = ?",
                String.class, String.valueOf(cycle.id()))).singleElement().asString().contains("\"computed\":1");
    }

    private int pendingOf(long cycleId) {
        return jdbc.queryForObject("select count(*) from review_pending where cycle_id = ?", Integer.class, cycleId);
    }

    private void completeInputs() {
        as(staff, () -> assessments.saveSelf(cycle.id(), team.staff().id(), selfForm(null), true));
        phase(CyclePhase.MANAGER_ASSESSMENT, null);
        as(lead, () -> assessments.saveManager(cycle.id(), team.staff().id(), managerForm(null, "钱经理"), true));
    }

    private static SelfForm selfForm(Long version) {
        return new SelfForm(version, List.of(new ItemInput("teamwork", new BigDecimal("4"), "本季新增 8 家客户,方法:精准渠道触达"),
                new ItemInput("sales", new BigDecimal("95"), "大客户续约")));
    }

    private static ManagerForm managerForm(Long version, String signature) {
        return new ManagerForm(version, List.of(new ItemInput("teamwork", new BigDecimal("3"), "跨部门配合及时")),
                "客户开发积极", "回款跟进不足", signature);
    }

    private void actuals(String sales, String conversion, String csat, String proposals) {
        String no = team.staff().employeeNo();
        List<ActualRow> rows = new java.util.ArrayList<>();
        rows.add(new ActualRow(no, "SALES_AMOUNT", "2026Q3", sales, "CRM", null));
        if (conversion != null) {
            rows.add(new ActualRow(no, "CONVERSION_RATE", "2026Q3", conversion, "CRM", null));
            rows.add(new ActualRow(no, "CSAT", "2026Q3", csat, "SURVEY", null));
            rows.add(new ActualRow(no, "PROPOSALS_ADOPTED", "2026Q3", proposals, "OA", null));
        }
        fixture.org().asHr(() -> intake.ingest(rows, null));
    }

    private void phase(CyclePhase to, String reason) {
        cycle = fixture.org().asHr(() -> cycles.changePhase(cycle.id(), new PhaseChange(to, reason, cycles.get(cycle.id()).version())));
    }

    private List<String> auditActions(String entityType) {
        return jdbc.queryForList("""
                select a.action from audit_entry a join review_form f on a.entity_id = f.id::text
                where a.entity_type = ? and f.cycle_id = ? order by a.seq""", String.class, entityType, cycle.id());
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

}
