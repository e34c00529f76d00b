package dev.kaohe.scoring.domain;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Results already worked out during one evaluation, by the inputs that determine them, so that people with
 * equal inputs share one immutable result instead of each holding a copy: ratings, counts and percentages
 * repeat a lot across a company, amounts of money rarely do. Every {@link ScoringRule} is a pure function of
 * its {@link Measurement} and every result record is immutable, so sharing changes no result.
 *
 * <p>Keys are compared with {@code equals}; for {@link java.math.BigDecimal} that includes the scale (5.0 and
 * 5.00 read differently in the derivation). The memo stops growing at {@link #LIMIT} keys; later keys are
 * computed every time.
 */
final class Memo<K, V> {

    static final int LIMIT = 4_096;

    private final ConcurrentHashMap<K, V> byKey = new ConcurrentHashMap<>();

    /** The value already known for {@code key}, or null. */
    V find(K key) {
        return byKey.get(key);
    }

    /** Remembers {@code value} for {@code key} while there is room; returns the value to use. */
    V keep(K key, V value) {
        if (byKey.size() < LIMIT) {
            V raced = byKey.putIfAbsent(key, value);
            return raced == null ? value : raced;
        }
        return value;
    }
}
