package dev.kaohe.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One phase of a cycle. {@code deadline} is the last working day of the phase ({@code opens} only for
 * preparation); {@code overridden} when HR set it by hand instead of the computed plan.
 */
public record PhaseView(CyclePhase phase, LocalDate opens, LocalDate deadline, boolean overridden, Instant enteredAt,
                        boolean current, boolean done) {
}
