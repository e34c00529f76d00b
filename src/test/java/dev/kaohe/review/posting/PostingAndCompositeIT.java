package dev.kaohe.review.posting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.posting.domain.QuarterlyComposite.Status;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 2026 Q3 with its three monthly cycles: each month's published results are posted, and the quarter's composite is the
 * equally weighted mean of the posted months, with a missing month left out and named. Results are stored through the
 * review module's result store (as a calculation and calibration would) so the months can be set up quickly.
 */
@IntegrationTest
class PostingAndCompositeIT {

    static final CurrentUser HR = TestUsers.user("po-hr", null, Role.HR);
    static final Instant AT = Instant.parse("2026-10-10T02:00:00Z");

    @Autowired CycleFixture fixture;
    @Autowired CycleDirectory directory;
    @Autowired ResultStore store;
    @Autowired MonthlyPostings postings;
    @Autowired QuarterlyComposites composites;
    @Autowired MockMvc mvc;

    OrgFixture.Team team;
    EmployeeView formula;
    CycleView quarter;
    CycleView july;
    CycleView august;
    CycleView september;
    CurrentUser staff;
    CurrentUser peer;
    CurrentUser lead;
    CurrentUser outsider;

    @BeforeEach
    void aQuarterWithThreeMonths() {
        team = fixture.org().team();
        formula = fixture.org().employee("=HYPERLINK(\"http://x\")", team.unit(), team.position(), team.lead().id());
        String scheme = fixture.lockedScheme();
        quarter = fixture.quarter(team, scheme);
        july = fixture.month(team, scheme, quarter, 1);
        august = fixture.month(team, scheme, quarter, 2);
        september = fixture.month(team, scheme, quarter, 3);
        staff = TestUsers.user("po-staff-" + team.staff().id(), team.staff().id());
        peer = TestUsers.user("po-peer-" + team.peer().id(), team.peer().id());
        lead = TestUsers.user("po-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        outsider = TestUsers.user("po-other-" + team.other().id(), team.other().id(), Role.MANAGER);

        result(july, team.staff().id(), "85");
        result(august, team.staff().id(), "88");
        result(august, team.staff().id(), "90"); // a calibration's second version: the current one counts
        result(september, team.staff().id(), "80");
        result(july, team.peer().id(), "70");
        result(august, team.peer().id(), "80");
        result(july, formula.id(), "60");
        // the peer has no result in September
        publish(july);
        publish(september);
        // as a request without a language would be answered: in Chinese
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPublishedMonthIsPostedWithPlacesAndAnUnpublishedOneShowsNothingYet() throws Exception {
        PostingView posted = as(HR, () -> postings.posting(july.id(), null, PageRequest.of(0, 20)));
        assertThat(posted.published()).isTrue();
        assertThat(posted.quarterlyCycleId()).isEqualTo(quarter.id());
        assertThat(posted.rows().getContent()).extracting(PostingView.Row::employeeId, PostingView.Row::place)
                .startsWith(org.assertj.core.groups.Tuple.tuple(team.staff().id(), 1), org.assertj.core.groups.Tuple.tuple(team.peer().id(), 2));
        assertThat(posted.rows().getContent()).filteredOn(r -> r.employeeId() == team.boss().id()).singleElement()
                .satisfies(r -> assertThat(r.score()).isNull());
        assertThat(as(HR, () -> postings.posting(july.id(), "孙员工", PageRequest.of(0, 20))).rows().getContent())
                .extracting(PostingView.Row::employeeId).containsExactly(team.staff().id());

        PostingView waiting = as(HR, () -> postings.posting(august.id(), null, PageRequest.of(0, 20)));
        assertThat(waiting.published()).isFalse();
        assertThat(waiting.rows().getContent()).isEmpty();
        mvc.perform(get("/review/cycles/" + august.id() + "/posting").with(TestUsers.as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("posting-unpublished")));

        // every participant reads the posted figures; the result behind a row only within their reach
        PostingView mine = as(staff, () -> postings.posting(july.id(), null, PageRequest.of(0, 20)));
        assertThat(mine.companyWide()).isTrue();
        assertThat(mine.rows().getContent()).filteredOn(PostingView.Row::detail).extracting(PostingView.Row::employeeId)
                .containsExactly(team.staff().id());
        mvc.perform(get("/review/cycles/" + july.id() + "/posting").with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("posting-" + team.peer().id())))
                .andExpect(content().string(containsString("/review/cycles/" + july.id() + "/results/" + team.staff().id())))
                .andExpect(content().string(not(containsString("/review/cycles/" + july.id() + "/results/" + team.peer().id()))));
        mvc.perform(get("/api/v1/review/cycles/" + july.id() + "/posting").with(TestUsers.as(peer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(6));
    }

    @Test
    void theExportEscapesTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/review/cycles/" + july.id() + "/posting/export.xlsx").with(TestUsers.as(HR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                var name = row.getCell(1);
                if (name != null && name.getStringCellValue().contains("HYPERLINK")) {
                    assertThat(name.getStringCellValue()).startsWith("'=");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/review/cycles/" + quarter.id() + "/composite/export.xlsx").with(TestUsers.as(HR)))
                .andExpect(status().isOk());
    }

    @Test
    void theQuarterlyCompositeWeighsThePostedMonthsAndSaysHowAndWhatIsMissing() throws Exception {
        // August not yet posted: the staff member's composite rests on July and September
        CompositeView.Row early = as(HR, () -> composites.composite(quarter.id(), team.staff().id()));
        assertThat(early.status()).isEqualTo(Status.RENORMALISED);
        assertThat(early.composite()).isEqualByComparingTo("82.50");
        assertThat(early.parts()).extracting(CompositeView.Part::missing).containsExactly(null, "该月结果尚未公示", null);
        assertThat(early.explanation()).contains("÷ 2 = 82.5").contains("缺少:2026-08(该月结果尚未公示)");

        publish(august);
        CompositeView view = as(HR, () -> composites.composites(quarter.id(), null, PageRequest.of(0, 20)));
        assertThat(view.columns()).extracting(CompositeView.Column::label).containsExactly("2026-07", "2026-08", "2026-09");
        assertThat(view.columns()).allSatisfy(c -> assertThat(c.weight()).isEqualByComparingTo("1"));
        CompositeView.Row mine = view.rows().getContent().get(0);
        assertThat(mine.employeeId()).isEqualTo(team.staff().id());
        assertThat(mine.place()).isEqualTo(1);
        assertThat(mine.status()).isEqualTo(Status.COMPLETE);
        assertThat(mine.composite()).isEqualByComparingTo("85.00");
        assertThat(mine.parts()).extracting(CompositeView.Part::cycleId).containsExactly(july.id(), august.id(), september.id());
        assertThat(mine.parts()).extracting(CompositeView.Part::versionNo).containsExactly(1, 2, 1);
        assertThat(mine.explanation()).isEqualTo("季度综合得分 = (2026-07 v1 85 × 1 + 2026-08 v2 90 × 1 + 2026-09 v1 80 × 1) ÷ 3 = 85。"
                + " 有效权重:2026-07 33.33%,2026-08 33.33%,2026-09 33.33%。");

        // the peer has no September result: re-weighted over July and August, the gap named
        CompositeView.Row peerRow = view.rows().getContent().stream().filter(r -> r.employeeId() == team.peer().id()).findFirst().orElseThrow();
        assertThat(peerRow.status()).isEqualTo(Status.RENORMALISED);
        assertThat(peerRow.composite()).isEqualByComparingTo("75.00");
        assertThat(peerRow.place()).isEqualTo(2);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(as(HR, () -> composites.composite(quarter.id(), team.peer().id())).explanation())
                .contains("(2026-07 v1 70 × 1 + 2026-08 v1 80 × 1) ÷ 2 = 75").contains("Missing: 2026-09 (no result that month)")
                .contains("scaled up to 100%");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        // someone with no posted result at all has no composite and no place
        CompositeView.Row boss = view.rows().getContent().stream().filter(r -> r.employeeId() == team.boss().id()).findFirst().orElseThrow();
        assertThat(boss.status()).isEqualTo(Status.NONE);
        assertThat(boss.place()).isNull();

        mvc.perform(get("/review/cycles/" + quarter.id() + "/composite").with(TestUsers.as(HR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("composite-" + team.staff().id())))
                .andExpect(content().string(containsString("÷ 3 = 85")));
        mvc.perform(get("/cycles/" + quarter.id()).with(TestUsers.as(HR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/review/cycles/" + quarter.id() + "/composite")));
    }

    @Test
    void aBreakdownIsIndividualDetailOutOfReachAnswers404() throws Exception {
        publish(august);
        String api = "/api/v1/review/cycles/" + quarter.id() + "/composites/";
        assertThat(as(staff, () -> composites.composite(quarter.id(), team.staff().id())).composite()).isEqualByComparingTo("85");
        assertThatThrownBy(() -> as(staff, () -> composites.composite(quarter.id(), team.peer().id()))).isInstanceOf(NotFoundException.class);
        mvc.perform(get(api + team.staff().id()).with(TestUsers.as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation").isNotEmpty());
        mvc.perform(get(api + team.peer().id()).with(TestUsers.as(staff))).andExpect(status().isNotFound());
        mvc.perform(get(api + team.staff().id()).with(TestUsers.as(lead))).andExpect(status().isOk());
        mvc.perform(get(api + team.staff().id()).with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(api + team.staff().id()).with(TestUsers.as(TestUsers.token("po-token", "org:read"))))
                .andExpect(status().isForbidden());

        // the list posts everyone's composite and place, but the breakdown only of rows within reach
        CompositeView seen = as(staff, () -> composites.composites(quarter.id(), null, PageRequest.of(0, 20)));
        assertThat(seen.rows().getContent()).filteredOn(r -> r.parts() != null).extracting(CompositeView.Row::employeeId)
                .containsExactly(team.staff().id());
        assertThat(seen.rows().getContent()).filteredOn(r -> r.employeeId() == team.peer().id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.composite()).isEqualByComparingTo("75");
                    assertThat(r.explanation()).isNull();
                });
        // a monthly cycle has no composite of its own
        mvc.perform(get("/api/v1/review/cycles/" + july.id() + "/composites").with(TestUsers.as(HR))).andExpect(status().isNotFound());
    }

    // --- helpers

    private void result(CycleView cycle, long employeeId, String score) {
        long participantId = directory.participant(cycle.id(), employeeId).orElseThrow().id();
        BigDecimal value = new BigDecimal(score);
        store.add(new ResultStore.StoredResult(0, participantId, cycle.id(), employeeId, 0, "CALCULATION", "review.reason.calculated",
                cycle.schemeCode(), cycle.schemeVersion(), value, value, "B", "B", "B", null, null, null, null,
                "fp-" + score, "{}", "system", AT));
    }

    private void publish(CycleView cycle) {
        store.lock(cycle.id(), "po-hr", AT);
        store.publish(cycle.id(), "po-hr", AT);
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
