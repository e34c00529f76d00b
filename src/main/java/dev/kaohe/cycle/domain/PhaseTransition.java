package dev.kaohe.cycle.domain;

import dev.kaohe.cycle.CyclePhase;

/**
 * Whether a cycle may move from one phase to another. Moving on to the next phase is the normal step. Skipping
 * phases ahead (e.g. no 360 in this cycle), going back to an earlier phase (reopening self-assessment) and
 * reopening a closed cycle are allowed only with a reason, which goes into the audit trail.
 */
public final class PhaseTransition {

    private PhaseTransition() {
    }

    /** Why the change is refused (a message key), or null when it is allowed. */
    public static Verdict check(CyclePhase from, CyclePhase to, String reason) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (to == null) {
            return Verdict.refused("cycle.transition.missingTarget");
        }
        if (from == to) {
            return Verdict.refused("cycle.transition.same");
        }
        if (to.ordinal() == from.ordinal() + 1) {
            return Verdict.ALLOWED;
        }
        if (to.isBefore(from)) {
            return hasReason ? Verdict.ALLOWED : Verdict.refused(from == CyclePhase.CLOSED
                    ? "cycle.transition.reopenNeedsReason" : "cycle.transition.backNeedsReason");
        }
        return hasReason ? Verdict.ALLOWED : Verdict.refused("cycle.transition.skipNeedsReason");
    }

    /** The outcome: allowed, or refused with the message key that says why. */
    public record Verdict(boolean allowed, String reasonKey) {
        static final Verdict ALLOWED = new Verdict(true, null);

        static Verdict refused(String key) {
            return new Verdict(false, key);
        }
    }
}
