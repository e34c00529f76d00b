package dev.kaohe.review;

/** Published inside the transaction that submitted a self or manager assessment; results follow after the commit. */
record FormSubmitted(long cycleId, long participantId, FormKind kind) {
}
