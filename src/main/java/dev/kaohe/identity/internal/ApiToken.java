package dev.kaohe.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An integration's bearer token. Only the SHA-256 of the secret is kept, with its prefix to tell tokens apart. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String tokenPrefix;

    private String tokenHash;

    /** Space-separated. */
    private String scopes;

    private String createdBy;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenPrefix, String tokenHash, Collection<String> scopes, String createdBy,
                    Instant createdAt, Instant expiresAt) {
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.scopes = String.join(" ", scopes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public List<String> getScopes() {
        return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
