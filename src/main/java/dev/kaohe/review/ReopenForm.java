package dev.kaohe.review;

/** Reopening a submitted assessment (HR): the reason is required and goes into the audit trail. */
public record ReopenForm(String reason) {
}
