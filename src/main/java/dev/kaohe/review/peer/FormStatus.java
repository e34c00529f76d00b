package dev.kaohe.review.peer;

/** A feedback form is a draft until its rater submits it; only submitted forms count. */
public enum FormStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
