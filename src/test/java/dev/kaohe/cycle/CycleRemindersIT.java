package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
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
    @Autowired AccountService accounts;

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

    @Test
    void hrIsRemindedBeforeCalibrationAndPublicationEndAndOverdueWorkGoesToHrAndAdminsOnce() {
        OrgFixture.Team team = fixture.org().team();
        EmployeeView hrPerson = fixture.org().employee("人事专员", team.unit(), team.position(), null);
        EmployeeView adminPerson = fixture.org().employee("系统管理员", team.unit(), team.position(), null);
        account(hrPerson, Role.HR);
        account(adminPerson, Role.ADMIN);
        CycleView created = fixture.quarter(team, fixture.lockedScheme());
        CycleView cycle = fixture.org().asHr(() -> cycles.changePhase(created.id(),
                new PhaseChange(CyclePhase.CALIBRATION, "assessments were done on paper", created.version())));
        // Sep 30 + 4 working days (Oct 1–7 off; Oct 10 a make-up Saturday) = Mon Oct 12
        assertThat(cycle.phaseDeadline()).isEqualTo(LocalDate.of(2026, 10, 12));

        reminders.run(LocalDate.of(2026, 10, 8)); // 3 working days ahead (Oct 9, 10, 12): too early
        assertThat(notices(cycle)).isEmpty();
        reminders.run(LocalDate.of(2026, 10, 9));
        reminders.run(LocalDate.of(2026, 10, 9)); // the job ran twice
        assertThat(notices(cycle)).filteredOn(n -> n.recipientEmployeeId() == hrPerson.id()).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("cycle.deadline");
                    assertThat(n.messageKey()).isEqualTo("cycle.notice.reminder.CALIBRATION");
                    assertThat(n.args()).containsExactly(cycle.name(), "2026-10-12");
                });
        assertThat(notices(cycle)).as("participants owe nothing in calibration; the admin is not reminded")
                .extracting(NoticeRequested::recipientEmployeeId)
                .doesNotContain(team.boss().id(), team.lead().id(), team.staff().id(), adminPerson.id());

        reminders.run(LocalDate.of(2026, 10, 13));
        reminders.run(LocalDate.of(2026, 10, 14));
        List<NoticeRequested> overdue = notices(cycle).stream().filter(n -> n.kind().equals("cycle.overdue")).toList();
        assertThat(overdue).filteredOn(n -> n.recipientEmployeeId() == hrPerson.id() || n.recipientEmployeeId() == adminPerson.id())
                .hasSize(2).allSatisfy(n -> assertThat(n.messageKey()).isEqualTo("cycle.notice.overdue.CALIBRATION"));

        // publication: within 5 working days of the period's end (R173) = Tue Oct 13
        CycleView publishing = fixture.org().asHr(() -> cycles.changePhase(cycle.id(),
                new PhaseChange(CyclePhase.PUBLICATION, null, cycles.get(cycle.id()).version())));
        assertThat(publishing.phaseDeadline()).isEqualTo(LocalDate.of(2026, 10, 13));
        reminders.run(LocalDate.of(2026, 10, 12));
        reminders.run(LocalDate.of(2026, 10, 14));
        reminders.run(LocalDate.of(2026, 10, 15));
        assertThat(notices(cycle)).filteredOn(n -> n.messageKey().endsWith(".PUBLICATION"))
                .filteredOn(n -> n.recipientEmployeeId() == hrPerson.id() || n.recipientEmployeeId() == adminPerson.id())
                .extracting(n -> n.recipientEmployeeId() + " " + n.messageKey())
                .containsExactlyInAnyOrder(hrPerson.id() + " cycle.notice.reminder.PUBLICATION",
                        hrPerson.id() + " cycle.notice.overdue.PUBLICATION", adminPerson.id() + " cycle.notice.overdue.PUBLICATION");
    }

    private void account(EmployeeView person, Role role) {
        accounts.create(new AccountService.NewAccount(OrgFixture.unique("rem-").toLowerCase(), "Kaohe-Reminder-Passw0rd!",
                person.name(), person.id(), Set.of(role)));
    }

    private List<NoticeRequested> notices(CycleView cycle) {
        return events.stream(NoticeRequested.class).filter(n -> ("/cycles/" + cycle.id()).equals(n.link())).toList();
    }
}
