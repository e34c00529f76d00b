package dev.kaohe.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.Intake;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.Await;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review's safeguards: two submissions of the same form that cross both succeed once; the blind manager review
 * hides the self-scores but not the self-report (R96), and a hidden file cannot be downloaded; evidence files within
 * the limits and of the type they claim, by content; calibration of a department covers its whole subtree.
 */
@IntegrationTest
class ReviewSafeguardsIT {

    static final CurrentUser HR = TestUsers.user("rs-hr", null, Role.HR);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired Assessments assessments;
    @Autowired Calibrations calibrations;
    @Autowired Results results;
    @Autowired Intake intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactions;

    // --- crossing submissions

    @Test
    void twoCrossingSubmissionsOfTheSameSelfAssessmentBothAnswerTheSubmittedForm() throws Exception {
        World w = world();
        phase(w, CyclePhase.SELF_ASSESSMENT);
        AssessmentView draft = as(w.staff, () -> assessments.saveSelf(w.cycle.id(), w.team.staff().id(), selfForm(null), false));
        long formId = formId(w, "SELF");
        // both read the draft; their updates queue behind a lock held here, so they really cross
        List<AssessmentView> both = crossing("select id from review_form where id = " + formId + " for update", false,
                () -> as(w.staff, () -> assessments.saveSelf(w.cycle.id(), w.team.staff().id(), selfForm(draft.self().version()), true)));
        assertThat(both).extracting(v -> v.self().status()).containsExactly("SUBMITTED", "SUBMITTED");
        assertThat(both.get(0).self().version()).isEqualTo(both.get(1).self().version());
        assertThat(count("select count(*) from review_form where participant_id = ? and kind = 'SELF'", w.participantId())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'review.self.submit' and entity_id = ?", String.valueOf(formId)))
                .isEqualTo(1);
    }

    @Test
    void twoCrossingFirstSubmissionsOfTheManagerAssessmentBothSucceedOnce() throws Exception {
        World w = world();
        phase(w, CyclePhase.SELF_ASSESSMENT);
        as(w.staff, () -> assessments.saveSelf(w.cycle.id(), w.team.staff().id(), selfForm(null), true));
        phase(w, CyclePhase.MANAGER_ASSESSMENT);
        // no manager form yet: both insert one; a row of the same key held (and then rolled back) here makes them cross
        String hold = "insert into review_form (participant_id, cycle_id, employee_id, kind, status, updated_at, updated_by)"
                + " values (" + w.participantId() + ", " + w.cycle.id() + ", " + w.team.staff().id() + ", 'MANAGER', 'DRAFT', now(), 'test')";
        List<AssessmentView> both = crossing(hold, true,
                () -> as(w.lead, () -> assessments.saveManager(w.cycle.id(), w.team.staff().id(), managerForm(), true)));
        assertThat(both).extracting(v -> v.manager().status()).containsExactly("SUBMITTED", "SUBMITTED");
        assertThat(both.get(0).manager().version()).isEqualTo(both.get(1).manager().version());
        assertThat(count("select count(*) from audit_entry where action = 'review.manager.submit' and entity_id = ?",
                String.valueOf(formId(w, "MANAGER")))).isEqualTo(1);
    }

    /**
     * Runs {@code submit} on two threads at once while {@code lockSql} holds what both will write, waits until both
     * wait for it, then lets go (rolling back when {@code rollback}); both answers, in any order.
     */
    private List<AssessmentView> crossing(String lockSql, boolean rollback, Supplier<AssessmentView> submit) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> locker = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                if (lockSql.startsWith("select")) {
                    jdbc.queryForList(lockSql);
                } else {
                    jdbc.update(lockSql);
                }
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (rollback) {
                    tx.setRollbackOnly();
                }
            }));
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<AssessmentView>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(20, TimeUnit.SECONDS);
                    return submit.get();
                }));
            }
            Await.until(() -> count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%review_form%'") >= 2
                    ? Boolean.TRUE : null);
            release.countDown();
            locker.get(30, TimeUnit.SECONDS);
            List<AssessmentView> out = new ArrayList<>();
            for (Future<AssessmentView> run : runs) {
                out.add(run.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    // --- blind manager review (default: the scores only)

    @Test
    void theBlindReviewHidesTheSelfScoresButNotTheSelfReportAndAHiddenFileIsNotThere() throws Exception {
        World w = world();
        phase(w, CyclePhase.SELF_ASSESSMENT);
        as(w.staff, () -> assessments.saveSelf(w.cycle.id(), w.team.staff().id(), selfForm(null), false));
        long file = as(w.staff, () -> assessments.attach(w.cycle.id(), w.team.staff().id(), "teamwork", "合同摘要.pdf",
                "application/pdf", PDF)).id();
        String download = "/review/cycles/" + w.cycle.id() + "/assessments/" + w.team.staff().id() + "/attachments/" + file;
        // a draft is the assessee's alone, its files too
        assertThat(as(w.lead, () -> assessments.get(w.cycle.id(), w.team.staff().id())).self().attachments()).isEmpty();
        mvc.perform(get(download).with(TestUsers.as(w.lead))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + download).with(TestUsers.as(w.lead))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(TestUsers.as(w.staff))).andExpect(status().isOk());

        AssessmentView mine = as(w.staff, () -> assessments.get(w.cycle.id(), w.team.staff().id()));
        as(w.staff, () -> assessments.saveSelf(w.cycle.id(), w.team.staff().id(), selfForm(mine.self().version()), true));
        phase(w, CyclePhase.MANAGER_ASSESSMENT);
        AssessmentView blind = as(w.lead, () -> assessments.get(w.cycle.id(), w.team.staff().id()));
        assertThat(blind.selfScoresHidden()).isTrue();
        assertThat(blind.selfNotesHidden()).isFalse();
        assertThat(blind.self().entry("teamwork").score()).isNull();
        assertThat(blind.self().entry("teamwork").note()).isEqualTo("本季新增 8 家客户,方法:精准渠道触达");
        assertThat(blind.self().attachments()).extracting(AttachmentView::fileName).containsExactly("合同摘要.pdf");
        mvc.perform(get(download).with(TestUsers.as(w.lead))).andExpect(status().isOk());
        mvc.perform(get("/review/cycles/" + w.cycle.id() + "/assessments/" + w.team.staff().id()).with(TestUsers.as(w.lead)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("本季新增 8 家客户")));

        as(w.lead, () -> assessments.saveManager(w.cycle.id(), w.team.staff().id(), managerForm(), true));
        AssessmentView open = as(w.lead, () -> assessments.get(w.cycle.id(), w.team.staff().id()));
        assertThat(open.selfScoresHidden()).isFalse();
        assertThat(open.self().entry("teamwork").score()).isEqualByComparingTo("4");
    }

    // --- evidence files

    @Test
    void evidenceOverTheLimitsOrNotWhatItsNameSaysIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        World w = world();
        phase(w, CyclePhase.SELF_ASSESSMENT);
        String api = "/api/v1/review/cycles/" + w.cycle.id() + "/assessments/" + w.team.staff().id() + "/self/attachments";
        upload(api, w.staff, "合同摘要.pdf", PDF).andExpect(status().isOk());
        long formId = formId(w, "SELF");

        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        upload(api, w.staff, "大文件.pdf", big).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("大文件.pdf"), org.hamcrest.Matchers.containsString("5 MB"))));
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        upload(api, w.staff, "setup.exe", program).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("pdf, png")));
        upload(api, w.staff, "业绩报告.pdf", program).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("内容")));
        upload(api, w.staff, "客户清单.xlsx", PDF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(api, w.staff, "说明.txt", program).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(count("select count(*) from review_attachment where form_id = ?", formId)).isEqualTo(1);

        byte[] text = "九月拜访记录:华联超市、联华超市\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        for (int i = 2; i <= 10; i++) {
            String name = switch (i % 4) {
                case 0 -> "记录" + i + ".txt";
                case 1 -> "截图" + i + ".png";
                case 2 -> "照片" + i + ".jpg";
                default -> "表格" + i + ".xlsx";
            };
            byte[] content = switch (i % 4) {
                case 0 -> text;
                case 1 -> png;
                case 2 -> jpeg;
                default -> zip;
            };
            upload(api, w.staff, name, content).andExpect(status().isOk());
        }
        upload(api, w.staff, "第十一份.pdf", PDF).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("10"), org.hamcrest.Matchers.containsString("第十一份.pdf"))));
        assertThat(count("select count(*) from review_attachment where form_id = ?", formId)).isEqualTo(10);
        assertThat(count("select count(*) from review_attachment where form_id = ? and file_name in ('大文件.pdf', 'setup.exe',"
                + " '业绩报告.pdf', '客户清单.xlsx', '说明.txt', '第十一份.pdf')", formId)).isZero();
    }

    private ResultActions upload(String api, CurrentUser user, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(api).file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("itemCode", "teamwork").with(csrf()).with(TestUsers.as(user)));
    }

    // --- calibration per population

    @Test
    void aDepartmentsCalibrationCoversItsWholeSubtreeAndTheDistributionOfExactlyThem() {
        OrgFixture.Team team = fixture.org().team();
        OrgUnitView sub = fixture.org().unit("华东一组·甲", team.unit().id());
        EmployeeView subStaff = fixture.org().employee("吴员工", sub, team.position(), team.lead().id());
        World w = world(team);
        actuals(subStaff.employeeNo());
        phase(w, CyclePhase.SELF_ASSESSMENT);
        CurrentUser subUser = TestUsers.user("rs-sub-" + subStaff.id(), subStaff.id());
        as(w.staff, () -> assessments.saveSelf(w.cycle.id(), team.staff().id(), selfForm(null), true));
        as(subUser, () -> assessments.saveSelf(w.cycle.id(), subStaff.id(), selfForm(null), true));
        phase(w, CyclePhase.MANAGER_ASSESSMENT);
        as(w.lead, () -> assessments.saveManager(w.cycle.id(), team.staff().id(), managerForm(), true));
        as(w.lead, () -> assessments.saveManager(w.cycle.id(), subStaff.id(), managerForm(), true));
        ResultView subResult = Await.until(() -> {
            try {
                as(HR, () -> results.current(w.cycle.id(), team.staff().id()));
                return as(HR, () -> results.current(w.cycle.id(), subStaff.id()));
            } catch (NotFoundException e) {
                return null;
            }
        });

        CalibrationView all = as(HR, () -> calibrations.view(w.cycle.id(), null));
        assertThat(all.departments()).extracting(CalibrationView.Department::id).contains(team.company().id(), team.unit().id(), sub.id());
        CalibrationView company = as(HR, () -> calibrations.view(w.cycle.id(), team.company().id()));
        assertThat(company.participants()).as("the company has no one of its own; its subtree everyone").isEqualTo(all.participants());
        CalibrationView unit = as(HR, () -> calibrations.view(w.cycle.id(), team.unit().id()));
        assertThat(unit.rows()).extracting(CalibrationView.Row::employeeId).contains(team.staff().id(), subStaff.id());
        assertThat(unit.participants()).isEqualTo(6);
        assertThat(unit.withResult()).isEqualTo(2);
        assertThat(unit.bands().stream().mapToInt(CalibrationView.Band::count).sum()).isEqualTo(2);

        CalibrationView subOnly = as(HR, () -> calibrations.view(w.cycle.id(), sub.id()));
        assertThat(subOnly.rows()).extracting(CalibrationView.Row::employeeId).containsExactly(subStaff.id());
        assertThat(subOnly.withResult()).isEqualTo(1);
        assertThat(subOnly.bands()).filteredOn(b -> b.count() > 0).singleElement()
                .satisfies(b -> assertThat(b.grade()).isEqualTo(subResult.gradeCode()));
    }

    // --- helpers

    record World(OrgFixture.Team team, CycleView cycle, CurrentUser staff, CurrentUser lead, long participantIdValue) {
        long participantId() {
            return participantIdValue;
        }
    }

    private World world() {
        return world(fixture.org().team());
    }

    private World world(OrgFixture.Team team) {
        CycleView cycle = fixture.quarter(team, fixture.lockedScheme());
        actuals(team.staff().employeeNo());
        long participantId = count("select id from cycle_participant where cycle_id = ? and employee_id = ?", cycle.id(), team.staff().id());
        return new World(team, cycle, TestUsers.user("rs-staff-" + team.staff().id(), team.staff().id()),
                TestUsers.user("rs-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER), participantId);
    }

    private void actuals(String employeeNo) {
        fixture.org().asHr(() -> intake.ingest(List.of(new ActualRow(employeeNo, "SALES_AMOUNT", "2026Q3", "120", "CRM", null),
                new ActualRow(employeeNo, "CONVERSION_RATE", "2026Q3", "30", "CRM", null),
                new ActualRow(employeeNo, "CSAT", "2026Q3", "4.8", "SURVEY", null),
                new ActualRow(employeeNo, "PROPOSALS_ADOPTED", "2026Q3", "3", "OA", null)), null));
    }

    private long formId(World w, String kind) {
        return count("select id from review_form where participant_id = ? and kind = ?", w.participantId(), kind);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void phase(World w, CyclePhase to) {
        fixture.org().asHr(() -> cycles.changePhase(w.cycle.id(), new PhaseChange(to, "测试推进", cycles.get(w.cycle.id()).version())));
    }

    static SelfForm selfForm(Long version) {
        return new SelfForm(version, List.of(new ItemInput("teamwork", new BigDecimal("4"), "本季新增 8 家客户,方法:精准渠道触达"),
                new ItemInput("sales", new BigDecimal("95"), "大客户续约")));
    }

    static ManagerForm managerForm() {
        return new ManagerForm(null, List.of(new ItemInput("teamwork", new BigDecimal("3"), "跨部门配合及时")),
                "客户开发积极", "回款跟进不足", "钱经理");
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

}
