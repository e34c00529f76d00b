package dev.kaohe.cycle;

/** Published when a cycle enters another phase (forward or, with a reason, back). */
public record CyclePhaseChanged(long cycleId, CyclePhase from, CyclePhase to) {
}
