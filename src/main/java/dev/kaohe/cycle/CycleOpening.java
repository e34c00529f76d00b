package dev.kaohe.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dev.kaohe.cycle.internal.Cycle;
import dev.kaohe.cycle.internal.CycleQueries;
import dev.kaohe.cycle.internal.CycleRepository;
import dev.kaohe.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens cycles on the day their preparation opens (R14: 1–2 weeks before the period). A cycle created earlier waits
 * as {@link CycleStatus#SCHEDULED}; the daily job moves it to {@link CycleStatus#PREPARING}, records when preparation
 * was entered and audits it. Running twice (or on two nodes) opens nothing twice: the cycle's version guards it.
 */
@Component
public class CycleOpening {

    private static final Logger log = LoggerFactory.getLogger(CycleOpening.class);

    private final CycleRepository cycles;
    private final CycleQueries queries;
    private final CycleSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CycleOpening(CycleRepository cycles, CycleQueries queries, CycleSettings settings, AuditTrail audit,
                 TransactionTemplate transactions, Clock clock) {
        this.cycles = cycles;
        this.queries = queries;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${kaohe.cycle.opening-cron:0 5 0 * * *}", zone = "${kaohe.cycle.zone:Asia/Shanghai}")
    void scheduled() {
        if (settings.openingEnabled()) {
            int opened = run(LocalDate.now(clock.withZone(settings.zone())));
            if (opened > 0) {
                log.info("Opened the preparation of {} cycles", opened);
            }
        }
    }

    /** Opens every scheduled cycle whose preparation opens on or before {@code today}; answers how many. */
    public int run(LocalDate today) {
        int opened = 0;
        for (Long id : queries.scheduledCycleIdsOpeningBy(today)) {
            try {
                Boolean done = transactions.execute(tx -> {
                    Cycle cycle = cycles.findById(id).orElse(null);
                    if (cycle == null || !cycle.open(clock.instant())) {
                        return false;
                    }
                    cycles.saveAndFlush(cycle);
                    audit.record("cycle.open", "cycle", id, Map.of("status", CycleStatus.SCHEDULED.name()),
                            Map.of("status", cycle.getStatus().name(), "opens",
                                    String.valueOf(cycle.getPhases().get(CyclePhase.PREPARATION).getOpens())));
                    return true;
                });
                opened += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                log.debug("Cycle {} was opened or changed concurrently", id);
            } catch (RuntimeException e) {
                log.warn("Opening cycle {} failed; the others go on", id, e);
            }
        }
        return opened;
    }
}
