package dev.kaohe.review.defence;

/** The manager's comment on a submitted record. */
public record DefenceComment(String comment, Long version) {
}
