package dev.kaohe.cycle;

import java.time.LocalDate;

/** HR sets a phase's deadline by hand; {@code deadline} null returns to the computed one. */
public record DeadlineChange(CyclePhase phase, LocalDate deadline, String reason, Long version) {
}
