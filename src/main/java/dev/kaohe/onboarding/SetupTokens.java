package dev.kaohe.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time secrets that prove the person at the setup page can read the server's console. Only their SHA-256
 * is stored; each app node issues its own at start, any valid one works, and setup deletes them all.
 */
@Component
public class SetupTokens {

    /** 160 random bits, written as 32 base32 characters in groups of four. */
    private static final int TOKEN_BYTES = 20;
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    SetupTokens(JdbcTemplate jdbc, AuditTrail auditTrail, Clock clock,
                @Value("${kaohe.setup.token-validity:24h}") Duration validity) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.validity = validity;
    }

    /** A fresh token: returns the secret (show it once, keep it nowhere) and stores its hash. */
    @Transactional
    public String issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = format(bytes);
        Instant now = clock.instant();
        jdbc.update("delete from setup_token where created_at < ?", Timestamp.from(now.minus(validity)));
        jdbc.update("insert into setup_token (token_hash, created_at) values (?, ?)", hash(token), Timestamp.from(now));
        auditTrail.record("setup.token.issue", "setup_token", null, null, Map.of("validUntil", now.plus(validity).toString()));
        return token;
    }

    /** Whether {@code presented} is a token issued within the validity period and not yet used up. */
    @Transactional(readOnly = true)
    public boolean isValid(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from setup_token where token_hash = ? and created_at >= ?)", Boolean.class,
                hash(presented), Timestamp.from(clock.instant().minus(validity))));
    }

    /** Deletes every node's token; part of the setup transaction. */
    @Transactional
    public void revokeAll() {
        jdbc.update("delete from setup_token");
    }

    public Duration validity() {
        return validity;
    }

    private static String format(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    /** People retype or paste tokens: case, spaces and dashes do not matter. */
    static String normalise(String token) {
        return token.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
