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
 * Deadline reminders and escalation. For every open cycle whose current phase has work for people (participants,
 * their reviewers or 360 raters, or HR): within {@code kaohe.cycle.reminder-lead-days} working days of the phase's
 * deadline each person with an open task ({@link PendingWork}) is reminded; once the deadline has passed, the task's
 * escalation recipients are told — by default the assignee's manager, for HR's work the HR and admin accounts. Each
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
        if (cycle == null || cycle.status() == CycleStatus.SCHEDULED || cycle.phaseDeadline() == null
                || !(cycle.phase().participantWork() || cycle.phase().hrWork())) {
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
        PendingWork provider = pendingWork.orderedStream().filter(p -> p.covers(phase)).findFirst().orElse(null);
        List<PendingWork.Task> tasks = provider == null ? PendingWork.everyonePending(phase, participants)
                : provider.pending(cycle, phase, participants);
        String cycleLink = "/cycles/" + cycleId;
        int sent = 0;
        for (PendingWork.Task task : tasks) {
            if (!overdue) {
                if (queries.markSent(cycleId, phase.name(), REMINDER, task.participantId(), task.assigneeEmployeeId(), clock.instant())) {
                    events.publishEvent(new NoticeRequested(task.assigneeEmployeeId(), "cycle.deadline",
                            "cycle.notice.reminder." + phase.name(), args(cycle.name(), deadline, task.about(), null),
                            task.link() == null ? cycleLink : task.link(), dedup(cycleId, phase, REMINDER, task)));
                    sent++;
                }
                continue;
            }
            List<Long> recipients = task.escalateTo() != null ? task.escalateTo()
                    : queries.managerOf(task.assigneeEmployeeId()).map(List::of).orElse(List.of());
            if (recipients.isEmpty()) {
                continue;
            }
            String who = queries.employeeName(task.assigneeEmployeeId()).orElse("");
            for (long recipient : recipients) {
                if (queries.markSent(cycleId, phase.name(), ESCALATION, task.participantId(), recipient, clock.instant())) {
                    // the manager of a 360 rater may not reach the cycle's page: their notice opens nothing
                    events.publishEvent(new NoticeRequested(recipient, "cycle.overdue", "cycle.notice.overdue." + phase.name(),
                            args(cycle.name(), deadline, who, task.about()), task.link() == null ? cycleLink : null,
                            dedup(cycleId, phase, ESCALATION, task)));
                    sent++;
                }
            }
        }
        return sent;
    }

    private static List<Object> args(String cycleName, LocalDate deadline, String third, String fourth) {
        List<Object> args = new java.util.ArrayList<>(List.of(cycleName, deadline.toString()));
        if (third != null) {
            args.add(third);
            if (fourth != null) {
                args.add(fourth);
            }
        }
        return args;
    }

    private static String dedup(long cycleId, CyclePhase phase, String kind, PendingWork.Task task) {
        return "cycle:" + cycleId + ":" + phase.name() + ":" + kind + ":"
                + (task.participantId() == null ? "cycle" : task.participantId());
    }
}
