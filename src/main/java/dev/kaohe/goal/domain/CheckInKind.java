package dev.kaohe.goal.domain;

/** A weekly progress check-in or a monthly review (R43, R44). */
public enum CheckInKind {
    WEEKLY, MONTHLY
}
