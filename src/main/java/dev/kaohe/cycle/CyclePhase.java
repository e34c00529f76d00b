package dev.kaohe.cycle;

import java.util.List;

/**
 * The phases of a cycle, in order (考核准备 → 考核实施 → 反馈改进). {@link #participantWork()} says whether people of
 * the population (or their reviewers) have something to do in the phase, so reminders are sent for it.
 */
public enum CyclePhase {
    PREPARATION(false),
    GOAL_SETTING(true),
    IN_PROGRESS(false),
    SELF_ASSESSMENT(true),
    MANAGER_ASSESSMENT(true),
    /** 360 and cross-department evaluation. */
    PEER_REVIEW(true),
    CALIBRATION(false),
    PUBLICATION(false),
    FEEDBACK(true),
    CLOSED(false);

    private final boolean participantWork;

    CyclePhase(boolean participantWork) {
        this.participantWork = participantWork;
    }

    public boolean participantWork() {
        return participantWork;
    }

    public static List<CyclePhase> ordered() {
        return List.of(values());
    }

    public CyclePhase next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }

    public boolean isBefore(CyclePhase other) {
        return ordinal() < other.ordinal();
    }

    /** The phase whose work is done by the assessee's reviewer rather than the assessee. */
    public boolean reviewerWork() {
        return this == MANAGER_ASSESSMENT;
    }
}
