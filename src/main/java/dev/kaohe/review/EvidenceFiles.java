package dev.kaohe.review;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whether an evidence file's content is what its name says, by its first bytes: PDF, PNG, JPEG, GIF, the Office zip
 * formats (xlsx, docx, pptx) and plain text (txt, csv: no control bytes but tab, line breaks and form feed, so any
 * ASCII-based encoding such as UTF-8 or GB18030 passes). An ending without a known signature is accepted by its name,
 * unless the content is a program (Windows, Linux or macOS executable), which is never accepted.
 */
final class EvidenceFiles {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final List<byte[]> PROGRAMS = List.of(
            new byte[] {'M', 'Z'},
            new byte[] {0x7f, 'E', 'L', 'F'},
            new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
            new byte[] {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
            new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe});

    private static final Map<String, List<byte[]>> SIGNATURES = Map.of(
            "pdf", List.of(PDF),
            "png", List.of(PNG),
            "jpg", List.of(JPEG),
            "jpeg", List.of(JPEG),
            "gif", List.of(GIF87, GIF89),
            "xlsx", List.of(ZIP),
            "docx", List.of(ZIP),
            "pptx", List.of(ZIP));

    private EvidenceFiles() {
    }

    /** {@code ending} lower case, without the dot. */
    static boolean contentMatches(String ending, byte[] content) {
        if (content == null || content.length == 0) {
            return false;
        }
        List<byte[]> signatures = SIGNATURES.get(ending);
        if (signatures != null) {
            return signatures.stream().anyMatch(s -> startsWith(content, s));
        }
        if (ending.equals("txt") || ending.equals("csv")) {
            return plainText(content);
        }
        return PROGRAMS.stream().noneMatch(s -> startsWith(content, s));
    }

    private static boolean plainText(byte[] content) {
        int start = startsWith(content, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}) ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
