package dev.kaohe.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.cycle.domain.WorkingCalendar;
import dev.kaohe.cycle.internal.CycleQueries;
import dev.kaohe.platform.notice.NoticeRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline reminders and escalation. For every open cycle whose current phase has work for people: within
 * {@code kaohe.cycle.reminder-lead-days} working days of the phase's deadline each person with an open task
 * ({@link PendingWork}) is reminded; once the deadline has passed, their manager is told (escalation). Each
 * notice is marked in {@code cycle_notice} in the same transaction as it is published, so a job that runs twice
 * (or on two nodes at once) sends each notice once.
 */
@Component
public class CycleReminders {

    static final String REMINDER = "REMINDER";
    static final String ESCALATION = "ESCALATION";

    private static final Logger log = LoggerFactory.getLogger(CycleReminders.class);

    private final CycleDirectory directory;
    private final CycleQueries queries;
    private final WorkCalendars calendars;
    private final CycleSettings settings;
    private final ObjectProvider<PendingWork> pendingWork;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CycleReminders(CycleDirectory directory, CycleQueries queries, WorkCalendars calendars, CycleSettings settings,
                   ObjectProvider<PendingWork> pendingWork, ApplicationEventPublisher events, TransactionTemplate transactions,
                   Clock clock) {
        this.directory = directory;
        this.queries = queries;
        this.calendars = calendars;
        this.settings = settings;
        this.pendingWork = pendingWork;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${kaohe.cycle.reminder-cron:0 0 8 * * *}", zone = "${kaohe.cycle.zone:Asia/Shanghai}")
    void scheduled() {
        if (settings.remindersEnabled()) {
            int sent = run(LocalDate.now(clock.withZone(settings.zone())));
            if (sent > 0) {
                log.info("Sent {} cycle deadline notices", sent);
            }
        }
    }

    /** Sends what is due on {@code today}; answers how many notices went out (0 when run again the same day). */
    public int run(LocalDate today) {
        int sent = 0;
        for (Long cycleId : queries.openCycleIds()) {
            try {
                Integer n = transactions.execute(tx -> remind(cycleId, today));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Reminders for cycle {} failed; the others go on", cycleId, e);
            }
        }
        return sent;
    }

    private int remind(long cycleId, LocalDate today) {
        CycleView cycle = directory.cycle(cycleId).orElse(null);
        if (cycle == null || !cycle.phase().participantWork() || cycle.phaseDeadline() == null) {
            return 0;
        }
        CyclePhase phase = cycle.phase();
        LocalDate deadline = cycle.phaseDeadline();
        WorkingCalendar calendar = calendars.calendar();
        boolean overdue = today.isAfter(deadline);
        if (!overdue && calendar.workingDaysBetween(today, deadline) > settings.reminderLeadDays()) {
            return 0;
        }
        List<ParticipantView> participants = directory.participants(cycleId);
        PendingWork spi = pendingWork.getIfAvailable();
        List<PendingWork.Task> tasks = spi == null ? PendingWork.everyonePending(phase, participants)
                : spi.pending(cycle, phase, participants);
        int sent = 0;
        for (PendingWork.Task task : tasks) {
            if (!overdue) {
                if (queries.markSent(cycleId, phase.name(), REMINDER, task.participantId(), task.assigneeEmployeeId(), clock.instant())) {
                    events.publishEvent(new NoticeRequested(task.assigneeEmployeeId(), "cycle.deadline",
                            "cycle.notice.reminder." + phase.name(), List.of(cycle.name(), deadline.toString()),
                            "/cycles/" + cycleId, dedup(cycleId, phase, REMINDER, task.participantId())));
                    sent++;
                }
            } else {
                Long manager = queries.managerOf(task.assigneeEmployeeId()).orElse(null);
                if (manager == null) {
                    continue;
                }
                String who = participants.stream().filter(p -> p.id() == task.participantId()).findFirst()
                        .map(p -> p.employeeId() == task.assigneeEmployeeId() ? p.employeeName()
                                : p.reviewerName() == null ? p.employeeName() : p.reviewerName())
                        .orElse("");
                if (queries.markSent(cycleId, phase.name(), ESCALATION, task.participantId(), manager, clock.instant())) {
                    events.publishEvent(new NoticeRequested(manager, "cycle.overdue", "cycle.notice.overdue." + phase.name(),
                            List.of(cycle.name(), deadline.toString(), who), "/cycles/" + cycleId,
                            dedup(cycleId, phase, ESCALATION, task.participantId())));
                    sent++;
                }
            }
        }
        return sent;
    }

    private static String dedup(long cycleId, CyclePhase phase, String kind, long participantId) {
        return "cycle:" + cycleId + ":" + phase.name() + ":" + kind + ":" + participantId;
    }
}
