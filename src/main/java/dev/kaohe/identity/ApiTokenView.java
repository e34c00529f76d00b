package dev.kaohe.identity;

import java.time.Instant;
import java.util.List;

/** An API token as listed: never the secret, never its hash. */
public record ApiTokenView(long id, String name, String prefix, List<String> scopes, String createdBy,
                           Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean active) {
}
