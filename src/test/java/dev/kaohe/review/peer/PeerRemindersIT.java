package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleReminders;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.notice.NoticeRequested;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 360 / cross-department phase the raters who still owe a form are reminded — not the assessees — and,
 * once overdue, the rater's manager; a customer answering through a link gets nothing; the job may run twice.
 */
@IntegrationTest
@RecordApplicationEvents
class PeerRemindersIT {

    private static final String CASE = "九月与我一起跟进华东区连锁客户续约,他主动整理了客户历史订单并提前两天给出报价方案";

    @Autowired PeerFixture fixture;
    @Autowired OrgFixture org;
    @Autowired Nominations nominations;
    @Autowired FeedbackForms forms;
    @Autowired Cycles cycles;
    @Autowired CycleReminders reminders;
    @Autowired ApplicationEvents events;

    @Test
    void ratersWithOpenFormsAreRemindedOnceAndTheirManagerIsToldOnceOverdue() {
        PeerFixture.World world = fixture.world();
        CurrentUser hr = TestUsers.user("peer-rem-hr", null, Role.HR);
        CurrentUser lead = world.as(world.lead(), Role.MANAGER);
        long participant = world.staffParticipant().id();
        long[] peer = new long[2];
        long[] collaboration = new long[1];
        for (int i = 0; i < 2; i++) {
            int n = i;
            TestUsers.runAs(lead, () -> peer[n] = nominations.nominate(participant, NominationForm.peer(world.peers().get(n).id())).id());
            TestUsers.runAs(hr, () -> nominations.decide(peer[n], new Decision(true, null, 0L)));
        }
        long[] customer = new long[1];
        TestUsers.runAs(lead, () -> customer[0] = nominations.nominate(participant,
                NominationForm.customer("林女士", "lin-rem@example.com", "华联超市")).id());
        TestUsers.runAs(hr, () -> nominations.decide(customer[0], new Decision(true, null, 0L)));
        TestUsers.runAs(hr, () -> collaboration[0] = nominations.assignCollaborator(participant,
                new CollaboratorForm(world.marketingHead().id(), null)).id());
        // the first peer has answered: nothing is owed by them
        TestUsers.runAs(world.as(world.peers().get(0)), () -> forms.submit(peer[0],
                new FeedbackAnswer(Map.of("teamwork", BigDecimal.valueOf(4)), CASE, "配合主动,沟通顺畅,推荐", null, null, 0L)));

        CycleView created = world.cycle();
        CycleView cycle = org.asHr(() -> cycles.changePhase(created.id(),
                new PhaseChange(CyclePhase.PEER_REVIEW, "self and manager assessment done on paper", cycles.get(created.id()).version())));
        // Sep 30 + 3 working days (Oct 1–7 off, Oct 10 a make-up Saturday) = Sat Oct 10
        assertThat(cycle.phaseDeadline()).isEqualTo(LocalDate.of(2026, 10, 10));

        reminders.run(LocalDate.of(2026, 10, 8));
        reminders.run(LocalDate.of(2026, 10, 8)); // the job ran twice
        reminders.run(LocalDate.of(2026, 10, 9));
        List<NoticeRequested> reminded = notices(cycle).stream().filter(n -> n.kind().equals("cycle.deadline")).toList();
        assertThat(reminded).extracting(NoticeRequested::recipientEmployeeId)
                .containsExactlyInAnyOrder(world.peers().get(1).id(), world.marketingHead().id());
        assertThat(reminded).filteredOn(n -> n.recipientEmployeeId() == world.peers().get(1).id()).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("cycle.notice.reminder.PEER_REVIEW");
                    assertThat(n.args()).containsExactly(cycle.name(), "2026-10-10", "王小明");
                    assertThat(n.link()).isEqualTo("/review/peer/forms/" + peer[1]);
                });
        assertThat(reminded).filteredOn(n -> n.recipientEmployeeId() == world.marketingHead().id()).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/review/peer/forms/" + collaboration[0]));

        reminders.run(LocalDate.of(2026, 10, 12)); // overdue
        reminders.run(LocalDate.of(2026, 10, 13));
        List<NoticeRequested> escalated = notices(cycle).stream().filter(n -> n.kind().equals("cycle.overdue")).toList();
        // the second peer reports to the boss; the marketing head has no manager
        assertThat(escalated).singleElement().satisfies(n -> {
            assertThat(n.recipientEmployeeId()).isEqualTo(world.boss().id());
            assertThat(n.args()).containsExactly(cycle.name(), "2026-10-10", world.peers().get(1).name(), "王小明");
        });
        assertThat(notices(cycle)).extracting(NoticeRequested::recipientEmployeeId)
                .as("the assessee and their reviewer owe nothing in this phase")
                .doesNotContain(world.staff().id(), world.lead().id());
    }

    private List<NoticeRequested> notices(CycleView cycle) {
        return events.stream(NoticeRequested.class)
                .filter(n -> n.dedupKey() != null && n.dedupKey().startsWith("cycle:" + cycle.id() + ":")).toList();
    }
}
