package dev.kaohe.review.peer;

/** A nomination waits for HR, then is approved (the rater gets a form) or rejected. */
public enum NominationStatus {
    PROPOSED, APPROVED, REJECTED
}
