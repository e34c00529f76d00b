package dev.kaohe.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for work done in the background (result calculation, notices): the probe's first non-null answer. */
public final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Await() {
    }

    public static <T> T until(Supplier<T> probe) {
        Instant until = Instant.ofEpochMilli(System.currentTimeMillis()).plus(LIMIT);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.ofEpochMilli(System.currentTimeMillis()).isAfter(until)) {
                throw new AssertionError("not reached within " + LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
