package dev.kaohe.goal.domain;

/** Why a monthly review fell short: market environment, capability gap, strategy error, execution (R44). */
public enum ShortfallCause {
    MARKET, CAPABILITY, STRATEGY, EXECUTION
}
