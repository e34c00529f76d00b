package dev.kaohe.review;

import java.time.Instant;

/** An evidence file of a form; {@code itemCode} null when it belongs to the form as a whole. */
public record AttachmentView(long id, String itemCode, String fileName, String contentType, long sizeBytes, String uploadedBy,
                             Instant uploadedAt) {
}
