package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadline reminders before a phase ends and escalation to the manager after; the job may run twice. */
@IntegrationTest
@RecordApplicationEvents
class CycleRemindersIT {

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired CycleReminders reminders;
    @Autowired ApplicationEvents events;

    @Test
    void everyonePendingIsRemindedOnceAndOverdueWorkGoesToTheirManagerOnce() {
        OrgFixture.Team team = fixture.org().team();
        CycleView created = fixture.quarter(team, fixture.lockedScheme());
        CycleView cycle = fixture.org().asHr(() -> cycles.changePhase(created.id(),
                new PhaseChange(CyclePhase.SELF_ASSESSMENT, "goals were set in the previous cycle", created.version())));
        // Sep 30 + 2 working days (Oct 1–7 off) = Fri Oct 9
        assertThat(cycle.phaseDeadline()).isEqualTo(LocalDate.of(2026, 10, 9));

        reminders.run(LocalDate.of(2026, 9, 28)); // 4 working days ahead (Sep 29, 30, Oct 8, 9): too early
        assertThat(notices(cycle)).isEmpty();

        reminders.run(LocalDate.of(2026, 10, 7)); // 2 working days ahead
        assertThat(notices(cycle)).extracting(NoticeRequested::recipientEmployeeId).containsExactlyInAnyOrder(
                team.boss().id(), team.lead().id(), team.staff().id(), team.other().id(), team.peer().id());
        assertThat(notices(cycle)).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo("cycle.deadline");
            assertThat(n.messageKey()).isEqualTo("cycle.notice.reminder.SELF_ASSESSMENT");
            assertThat(n.args()).containsExactly(cycle.name(), "2026-10-09");
        });

        reminders.run(LocalDate.of(2026, 10, 7)); // the job ran twice
        reminders.run(LocalDate.of(2026, 10, 8));
        assertThat(notices(cycle)).hasSize(5);

        reminders.run(LocalDate.of(2026, 10, 12)); // overdue: each person's manager is told; the top people have none
        List<NoticeRequested> escalations = notices(cycle).stream().filter(n -> n.kind().equals("cycle.overdue")).toList();
        assertThat(escalations).extracting(NoticeRequested::recipientEmployeeId)
                .containsExactlyInAnyOrder(team.boss().id(), team.lead().id(), team.other().id());
        assertThat(escalations).filteredOn(n -> n.recipientEmployeeId() == team.lead().id())
                .singleElement().satisfies(n -> assertThat(n.args()).containsExactly(cycle.name(), "2026-10-09", "孙员工"));

        reminders.run(LocalDate.of(2026, 10, 13));
        assertThat(notices(cycle)).hasSize(8);
    }

    @Test
    void phasesWithoutWorkForPeopleSendNothing() {
        OrgFixture.Team team = fixture.org().team();
        CycleView cycle = fixture.quarter(team, fixture.lockedScheme());
        reminders.run(cycle.deadlineOf(CyclePhase.PREPARATION).plusDays(3));
        assertThat(notices(cycle)).isEmpty();
    }

    private List<NoticeRequested> notices(CycleView cycle) {
        return events.stream(NoticeRequested.class).filter(n -> ("/cycles/" + cycle.id()).equals(n.link())).toList();
    }
}
