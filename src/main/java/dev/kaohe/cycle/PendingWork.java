package dev.kaohe.cycle;

import java.util.List;

/**
 * Who still owes work in a phase, asked before sending deadline reminders and escalations. Several modules
 * implement it, each for the phases it {@link #covers}: the review module for self / manager assessment and the 360
 * forms, the cycle module for HR's calibration and publication. For a phase nobody covers every participant counts
 * as pending: the participant themselves, or their reviewer in phases of reviewer work.
 */
public interface PendingWork {

    /** Whether this implementation answers for {@code phase}; the first that does is asked. */
    boolean covers(CyclePhase phase);

    /**
     * The open tasks of {@code phase} among {@code participants}; empty when everything is done.
     */
    List<Task> pending(CycleView cycle, CyclePhase phase, List<ParticipantView> participants);

    /**
     * One open task.
     *
     * @param participantId       whose assessment it belongs to, or null for work on the whole cycle (HR's)
     * @param assigneeEmployeeId  who has to act (reminded before the deadline)
     * @param about               whom the work is about when that is not the assignee (e.g. the assessee of a 360
     *                            form), added to the reminder's text; null otherwise
     * @param link                where the reminder leads, or null for the cycle's page
     * @param escalateTo          who is told once the deadline has passed; null means the assignee's manager
     */
    record Task(Long participantId, long assigneeEmployeeId, String about, String link, List<Long> escalateTo) {

        public Task {
            escalateTo = escalateTo == null ? null : List.copyOf(escalateTo);
        }

        /** The participant's own or their reviewer's task, escalated to the assignee's manager. */
        public Task(long participantId, long assigneeEmployeeId) {
            this(participantId, assigneeEmployeeId, null, null, null);
        }
    }

    /** The answer for a phase no implementation covers. */
    static List<Task> everyonePending(CyclePhase phase, List<ParticipantView> participants) {
        return participants.stream()
                .map(p -> phase.reviewerWork() && p.reviewerEmployeeId() != null
                        ? new Task(p.id(), p.reviewerEmployeeId()) : new Task(p.id(), p.employeeId()))
                .toList();
    }
}
