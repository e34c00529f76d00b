package dev.kaohe.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.kaohe.review.internal.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Computes pending results in the background, so a submission never waits for its cycle's calculation. Every app
 * node polls {@code review_pending}; a cycle is due once its marks have been quiet for a moment (many submissions, one
 * calculation) or its oldest mark is overdue. The cycle's advisory lock (tried, never waited for) lets one node at a
 * time compute it, and the marks are taken in the same transaction as the results are written, so a failure or a
 * crash leaves them for the next run. The only state in memory is when a failed cycle may be tried again here.
 */
@Component
class BackgroundCalculation implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundCalculation.class);

    private final ResultCalculator calculator;
    private final ResultStore store;
    private final CalculationSettings settings;
    private final Clock clock;
    private final Map<Long, Instant> retryAfter = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    BackgroundCalculation(ResultCalculator calculator, ResultStore store, CalculationSettings settings, Clock clock) {
        this.calculator = calculator;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round: every due cycle, one after the other. */
    void runDue() {
        Instant now = clock.instant();
        for (Long cycleId : store.pendingCycles(now.minus(settings.quietPeriod()), now.minus(settings.maxDelay()))) {
            Instant retry = retryAfter.get(cycleId);
            if (retry != null && retry.isAfter(now)) {
                continue;
            }
            try {
                calculator.calculatePending(cycleId).ifPresent(outcome -> log.debug("Cycle {}: {}", cycleId, outcome));
                retryAfter.remove(cycleId);
            } catch (RuntimeException e) {
                // the marks were rolled back; they are taken again after the retry delay
                retryAfter.put(cycleId, clock.instant().plus(settings.retryDelay()));
                log.warn("Background calculation of cycle {} failed, retrying in {}: {}", cycleId, settings.retryDelay(), e.toString());
            }
        }
    }

    private void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.warn("Looking for pending results failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kaohe-review-calculation");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, settings.pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
