package dev.kaohe.notify.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures DingTalk and Feishu custom robots check when "signature" security is switched on. */
public final class RobotSignatures {

    private RobotSignatures() {
    }

    /**
     * DingTalk: HmacSHA256 keyed with the secret over {@code timestamp + "\n" + secret}, Base64, then URL-encoded
     * for the {@code sign} query parameter. The timestamp is in milliseconds.
     */
    public static String dingTalk(long timestampMillis, String secret) {
        String signed = base64(hmac(secret.getBytes(StandardCharsets.UTF_8),
                (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        return URLEncoder.encode(signed, StandardCharsets.UTF_8);
    }

    /**
     * Feishu: HmacSHA256 keyed with {@code timestamp + "\n" + secret} over an empty message, Base64, sent as the
     * {@code sign} field of the body. The timestamp is in seconds.
     */
    public static String feishu(long timestampSeconds, String secret) {
        return base64(hmac((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
