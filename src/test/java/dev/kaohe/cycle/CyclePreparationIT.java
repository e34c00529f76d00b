package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import dev.kaohe.identity.Role;
import dev.kaohe.support.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preparation window (R14: opens 1–2 weeks before the period) and the feedback phase (R16: within 1 week) are a
 * cycle's own choice within the settings, and a cycle created early waits until its preparation opens.
 */
@IntegrationTest
class CyclePreparationIT {

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired CycleOpening opening;
    @Autowired CycleReminders reminders;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aPreparationLeadOutsideOneToTwoWeeksAndAFeedbackPhaseBeyondAWeekAreRefusedNamingTheField() {
        OrgFixture.Team team = fixture.org().team();
        String scheme = fixture.lockedScheme();
        for (int[] wrong : new int[][]{{4, 0}, {11, 6}}) {
            assertThatThrownBy(() -> create(team, scheme, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), wrong[0], wrong[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                                .containsExactlyInAnyOrder("preparationLeadDays", "feedbackDays");
                        assertThat(((InvalidInputException) e).problems()).extracting(p -> p.message())
                                .anySatisfy(m -> assertThat(m).contains("5").contains("10"));
                    });
        }
    }

    @Test
    void aCycleOpensPreparationItsOwnLeadBeforeThePeriodAndEndsFeedbackItsOwnDaysAfterPublication() {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = create(team, fixture.lockedScheme(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), 5, 3);
        assertThat(cycle.preparationLeadDays()).isEqualTo(5);
        assertThat(cycle.feedbackDays()).isEqualTo(3);
        // 5 working days before Wed Jul 1: Jun 30, 29, 26, 25, 24
        assertThat(cycle.opens()).isEqualTo(LocalDate.of(2026, 6, 24));
        // published by Tue Oct 13, feedback 3 working days later
        assertThat(cycle.deadlineOf(CyclePhase.PUBLICATION)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(cycle.deadlineOf(CyclePhase.FEEDBACK)).isEqualTo(LocalDate.of(2026, 10, 16));

        CycleView defaults = fixture.quarter(team, fixture.lockedScheme());
        assertThat(defaults.preparationLeadDays()).isEqualTo(10);
        assertThat(defaults.feedbackDays()).isEqualTo(5);
        assertThat(defaults.deadlineOf(CyclePhase.FEEDBACK)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aCycleCreatedBeforeItsPreparationOpensWaitsAndTheDailyJobOpensItOnThatDayOnce() {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = create(team, fixture.lockedScheme(), LocalDate.of(2099, 1, 1), LocalDate.of(2099, 3, 31), null, null);
        // 10 working days before Thu 2099-01-01 (no holiday calendar for 2098: weekends only)
        assertThat(cycle.opens()).isEqualTo(LocalDate.of(2098, 12, 18));
        assertThat(cycle.status()).isEqualTo(CycleStatus.SCHEDULED);
        assertThat(cycle.phase()).isEqualTo(CyclePhase.PREPARATION);
        assertThat(cycle.phaseView(CyclePhase.PREPARATION).enteredAt()).isNull();
        assertThat(fixture.org().asHr(() -> cycles.search(new CycleFilter(null, CycleStatus.SCHEDULED, cycle.name()),
                org.springframework.data.domain.Pageable.ofSize(5)).getContent())).extracting(CycleView::id).containsExactly(cycle.id());

        opening.run(LocalDate.of(2098, 12, 17));
        assertThat(fixture.org().asHr(() -> cycles.get(cycle.id())).status()).isEqualTo(CycleStatus.SCHEDULED);

        opening.run(LocalDate.of(2098, 12, 18));
        opening.run(LocalDate.of(2098, 12, 18)); // the job ran twice
        CycleView open = fixture.org().asHr(() -> cycles.get(cycle.id()));
        assertThat(open.status()).isEqualTo(CycleStatus.PREPARING);
        assertThat(open.phaseView(CyclePhase.PREPARATION).enteredAt()).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'cycle' and entity_id = ? order by seq",
                String.class, String.valueOf(cycle.id()))).containsExactly("cycle.create", "cycle.open");
    }

    @Test
    void aScheduledCycleMovedOnByHandIsNotOpenedAgain() {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = create(team, fixture.lockedScheme(), LocalDate.of(2099, 4, 1), LocalDate.of(2099, 6, 30), null, null);
        assertThat(cycle.status()).isEqualTo(CycleStatus.SCHEDULED);
        CycleView moved = fixture.org().asHr(() -> cycles.changePhase(cycle.id(),
                new PhaseChange(CyclePhase.GOAL_SETTING, null, cycle.version())));
        assertThat(moved.status()).isEqualTo(CycleStatus.RUNNING);
        opening.run(cycle.opens());
        assertThat(fixture.org().asHr(() -> cycles.get(cycle.id())).phase()).isEqualTo(CyclePhase.GOAL_SETTING);
    }

    @Test
    void theCreatePageOffersBothWindowsAndNamesTheFieldOfAWrongOneAndAScheduledCycleSaysWhenItOpens() throws Exception {
        OrgFixture.Team team = fixture.org().team();
        String scheme = fixture.lockedScheme();
        var hr = TestUsers.user("cyc-prep-hr", null, Role.HR);
        mvc.perform(get("/cycles/new").with(TestUsers.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"preparationLeadDays\"")))
                .andExpect(content().string(containsString("name=\"feedbackDays\"")));
        mvc.perform(post("/cycles/new").with(TestUsers.as(hr)).with(csrf()).param("name", "页面准备期")
                        .param("type", "QUARTERLY").param("periodStart", "2026-07-01").param("periodEnd", "2026-09-30")
                        .param("schemeCode", scheme).param("orgUnitIds", String.valueOf(team.unit().id()))
                        .param("preparationLeadDays", "3").param("feedbackDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("考核准备须在周期开始前 5–10 个工作日开启")));

        CycleView scheduled = create(team, scheme, LocalDate.of(2099, 7, 1), LocalDate.of(2099, 9, 30), null, null);
        mvc.perform(get("/cycles/" + scheduled.id()).with(TestUsers.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cycle-scheduled\"")))
                .andExpect(content().string(containsString(scheduled.opens().toString())));
    }

    private CycleView create(OrgFixture.Team team, String scheme, LocalDate start, LocalDate end, Integer lead, Integer feedback) {
        return fixture.org().asHr(() -> cycles.create(new CycleForm("准备期 " + OrgFixture.unique(""), CycleType.QUARTERLY, start, end,
                scheme, null, new Population(List.of(team.unit().id()), true, null, null, null, null, false), null, lead, feedback)));
    }
}
