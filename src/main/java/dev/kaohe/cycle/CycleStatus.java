package dev.kaohe.cycle;

/** Where a cycle stands as a whole, derived from its phase (and, before preparation opens, SCHEDULED). */
public enum CycleStatus {
    /** Created before its preparation opens: waits until the daily job opens it on the preparation's opening day. */
    SCHEDULED,
    /** In preparation: the population and schemes may still change. */
    PREPARING,
    RUNNING,
    CLOSED;

    public static CycleStatus of(CyclePhase phase) {
        return switch (phase) {
            case PREPARATION -> PREPARING;
            case CLOSED -> CLOSED;
            default -> RUNNING;
        };
    }
}
