package dev.kaohe.review.peer;

/** HR's decision on a nomination, based on the version they saw. */
public record Decision(Boolean approve, String note, Long version) {
}
