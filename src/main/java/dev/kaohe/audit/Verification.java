package dev.kaohe.audit;

import java.time.Instant;

/**
 * The outcome of walking the audit chain.
 *
 * @param ok          whether every entry checked out
 * @param checked     entries checked (up to and including the broken one)
 * @param brokenSeq   the first entry that does not check out, or null
 * @param problem     what is wrong with it: {@code HASH_MISMATCH} (its content or hash was altered) or
 *                    {@code PREV_HASH_MISMATCH} (it does not follow the entry before it: one was removed,
 *                    inserted or altered)
 * @param detail      a sentence for people
 */
public record Verification(boolean ok, long checked, Long brokenSeq, String problem, String detail,
                           Instant verifiedAt) {
}
