package dev.kaohe.cycle;

/** Where a cycle stands as a whole, derived from its phase. */
public enum CycleStatus {
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
