package dev.kaohe.cycle;

/** Published when a cycle and its participants have been stored. */
public record CycleCreated(long cycleId, CycleType type, int participantCount) {
}
