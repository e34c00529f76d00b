package dev.kaohe.review.defence;

/**
 * The participant's answers (R102): the main obstacle behind a missed target and what happened
 * ({@code missedTarget}), how next quarter changes the acquisition-channel mix and the customer tiering, and the
 * lesson written as a reusable method. {@code version}: the record's version the edit started from (null for a new one).
 */
public record DefenceForm(Obstacle obstacle, String missedTarget, String channelMix, String customerTiering, String lessons,
                          Long version) {
}
