package dev.kaohe.goal.domain;

/** Status of an action-plan step. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
