package dev.kaohe.cycle.domain;

/** What a calendar entry says about a day: a public holiday off, or a weekend day worked instead (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
