package dev.kaohe.cycle;

/** HR gives a participant another reviewer (and optionally another scheme version). */
public record ReviewerChange(Long reviewerEmployeeId, String reason, Long version) {
}
