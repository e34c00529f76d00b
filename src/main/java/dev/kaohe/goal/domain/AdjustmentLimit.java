package dev.kaohe.goal.domain;

/**
 * At most {@code perQuarter} adjustment requests per goal per quarter (R46, default once); a request
 * beyond it is blocked or only warned about, as configured.
 */
public record AdjustmentLimit(int perQuarter, boolean block) {

    public enum Decision { ALLOWED, WARN, BLOCK }

    /** @param earlierInQuarter requests of this goal already made this quarter (pending or approved) */
    public Decision decide(int earlierInQuarter) {
        if (earlierInQuarter < perQuarter) {
            return Decision.ALLOWED;
        }
        return block ? Decision.BLOCK : Decision.WARN;
    }
}
