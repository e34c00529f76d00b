package dev.kaohe.cycle;

/** Kinds of assessment cycle (R9–R13). */
public enum CycleType {
    MONTHLY, QUARTERLY, HALF_YEAR, ANNUAL,
    /** 项目专项考核: a temporary project such as a product launch or a large promotion. */
    PROJECT,
    /** 新人试用期考核. */
    PROBATION
}
