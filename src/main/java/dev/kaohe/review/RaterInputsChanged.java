package dev.kaohe.review;

/**
 * Published inside the transaction that submitted a 360 or collaboration answer; the cycle's results follow after
 * the commit, as they do after a self or manager submission.
 */
public record RaterInputsChanged(long cycleId, long participantId) {
}
