package dev.kaohe.notify;

import java.time.Instant;

/**
 * One line of the delivery log: an e-mail or robot message, its state and tries.
 *
 * @param channel EMAIL, DINGTALK, WECOM or FEISHU
 * @param status  PENDING, SENDING, RETRY, SENT or FAILED
 */
public record DeliveryView(long id, Long noticeId, String kind, String channel, String target, String body, String status,
                           int attempts, int maxAttempts, String lastError, Instant createdAt, Instant nextAttemptAt,
                           Instant sentAt) {
}
