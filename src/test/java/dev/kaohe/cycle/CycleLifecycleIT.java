package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The story of one quarter's cycle: HR opens it for a department, people are bound to the scheme and their managers, phases move on. */
@IntegrationTest
@RecordApplicationEvents
class CycleLifecycleIT {

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired CycleDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aQuarterlyCycleTakesTheDepartmentBindsEachPersonToTheLockedSchemeAndTheirManager() {
        OrgFixture.Team team = fixture.org().team();
        String scheme = fixture.lockedScheme();
        CycleView cycle = fixture.quarter(team, scheme);

        assertThat(cycle.periodLabel()).isEqualTo("2026 Q3");
        assertThat(cycle.phase()).isEqualTo(CyclePhase.PREPARATION);
        assertThat(cycle.status()).isEqualTo(CycleStatus.PREPARING);
        assertThat(cycle.schemeCode()).isEqualTo(scheme);
        assertThat(cycle.schemeVersion()).isEqualTo(1);
        assertThat(cycle.participantCount()).isEqualTo(5);
        // 2026-09-30 is a Wednesday; 国庆 runs Oct 1–7 and Oct 8, 9, 10 (a Saturday worked, 调休), 12, 13: publication within 5 working days
        assertThat(cycle.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(cycle.deadlineOf(CyclePhase.PUBLICATION)).isEqualTo(LocalDate.of(2026, 10, 13));

        ParticipantView staff = directory.participant(cycle.id(), team.staff().id()).orElseThrow();
        assertThat(staff.schemeCode()).isEqualTo(scheme);
        assertThat(staff.schemeVersion()).isEqualTo(1);
        assertThat(staff.reviewerEmployeeId()).isEqualTo(team.lead().id());
        assertThat(staff.managerEmployeeId()).isEqualTo(team.lead().id());
        assertThat(directory.participant(cycle.id(), team.boss().id()).orElseThrow().reviewerEmployeeId()).isNull();
        assertThat(events.stream(CycleCreated.class).filter(e -> e.cycleId() == cycle.id())).hasSize(1);
    }

    @Test
    void phasesMoveOnOneByOneAndGoingBackNeedsAReason() {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = fixture.quarter(team, fixture.lockedScheme());

        CycleView next = fixture.org().asHr(() -> cycles.changePhase(cycle.id(), new PhaseChange(CyclePhase.GOAL_SETTING, null, cycle.version())));
        assertThat(next.phase()).isEqualTo(CyclePhase.GOAL_SETTING);
        assertThat(next.status()).isEqualTo(CycleStatus.RUNNING);
        assertThat(events.stream(CyclePhaseChanged.class).filter(e -> e.cycleId() == cycle.id()))
                .containsExactly(new CyclePhaseChanged(cycle.id(), CyclePhase.PREPARATION, CyclePhase.GOAL_SETTING));

        assertThatThrownBy(() -> fixture.org().asHr(() -> cycles.changePhase(cycle.id(),
                new PhaseChange(CyclePhase.PREPARATION, " ", next.version()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("reason"));
        CycleView back = fixture.org().asHr(() -> cycles.changePhase(cycle.id(),
                new PhaseChange(CyclePhase.PREPARATION, "目标需重新分解", next.version())));
        assertThat(back.phase()).isEqualTo(CyclePhase.PREPARATION);
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'cycle' and entity_id = ? order by seq",
                String.class, String.valueOf(cycle.id()))).containsExactly("cycle.create", "cycle.phase", "cycle.phase");
    }

    @Test
    void aDraftSchemeVersionAndAnEmptyPopulationAreRefusedNamingTheField() {
        OrgFixture.Team team = fixture.org().team();
        String scheme = fixture.lockedScheme();
        var hr = TestUsers.user("cyc-hr", null, Role.HR);
        TestUsers.runAs(hr, () -> {
            assertThatThrownBy(() -> cycles.create(new CycleForm("x", CycleType.QUARTERLY, LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 9, 29), scheme, 7, new Population(List.of(team.unit().id()), true, null, null, null, null, true), null)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                            .contains("periodEnd", "schemeVersion"));
            assertThatThrownBy(() -> cycles.create(new CycleForm("x", CycleType.QUARTERLY, LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 9, 30), scheme, null, new Population(List.of(team.unit().id()), true, null, null, null, null, true), null)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                            .containsExactly("population"));
            assertThat(cycles.participants(fixture.quarter(team, scheme).id(), "孙", PageRequest.of(0, 10)).getContent())
                    .extracting(ParticipantView::employeeName).containsExactly("孙员工");
        });
    }
}
