package dev.kaohe.review.defence;

/** A defence record is the participant's draft until submitted; submitted records make up the library. */
public enum DefenceStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
