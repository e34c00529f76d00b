package dev.kaohe.cycle;

import java.util.List;

/**
 * Who still owes work in a phase, asked before sending deadline reminders and escalations. The review module
 * implements it (a submitted self-assessment is no longer pending). Without an implementation every participant
 * counts as pending: the participant themselves, or their reviewer in phases of reviewer work.
 */
public interface PendingWork {

    /**
     * The open tasks of {@code phase} among {@code participants}; empty when everything is done.
     */
    List<Task> pending(CycleView cycle, CyclePhase phase, List<ParticipantView> participants);

    /**
     * One open task.
     *
     * @param participantId       whose assessment it belongs to
     * @param assigneeEmployeeId  who has to act (reminded before the deadline; their manager is told once it is overdue)
     */
    record Task(long participantId, long assigneeEmployeeId) {
    }

    /** The answer when no module implements this interface. */
    static List<Task> everyonePending(CyclePhase phase, List<ParticipantView> participants) {
        return participants.stream()
                .map(p -> phase.reviewerWork() && p.reviewerEmployeeId() != null
                        ? new Task(p.id(), p.reviewerEmployeeId()) : new Task(p.id(), p.employeeId()))
                .toList();
    }
}
