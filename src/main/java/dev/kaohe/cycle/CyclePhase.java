package dev.kaohe.cycle;

import java.util.List;

/**
 * The phases of a cycle, in order (考核准备 → 考核实施 → 反馈改进). {@link #participantWork()} says whether people of
 * the population (or their reviewers, or their 360 raters) have something to do in the phase, {@link #hrWork()}
 * whether HR has; reminders are sent for both.
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

    /** The phases whose work is HR's (calibrate, publish within R173's 5 working days): HR is reminded. */
    public boolean hrWork() {
        return this == CALIBRATION || this == PUBLICATION;
    }

    /** The phase whose work is done by the assessee's reviewer rather than the assessee. */
    public boolean reviewerWork() {
        return this == MANAGER_ASSESSMENT;
    }
}
