package dev.kaohe.cycle;

/**
 * Moving a cycle to another phase. The next phase needs no reason; skipping ahead over phases, going back
 * (reopening) and reopening a closed cycle each need one.
 */
public record PhaseChange(CyclePhase to, String reason, Long version) {
}
