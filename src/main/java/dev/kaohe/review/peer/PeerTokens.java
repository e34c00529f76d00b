package dev.kaohe.review.peer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable link tokens for external raters: 256 random bits, stored only as their SHA-256. */
final class PeerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PeerTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }
}
