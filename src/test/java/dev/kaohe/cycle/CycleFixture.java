package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kaohe.indicator.SchemeForm;
import dev.kaohe.indicator.Schemes;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.PositionFamily;
import org.springframework.stereotype.Component;

/** A small organisation, a locked scheme, and cycles over them, built through the real services. */
@Component
public class CycleFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final OrgFixture org;
    private final Schemes schemes;
    private final Cycles cycles;

    CycleFixture(OrgFixture org, Schemes schemes, Cycles cycles) {
        this.org = org;
        this.schemes = schemes;
        this.cycles = cycles;
    }

    public Cycles cycles() {
        return cycles;
    }

    public OrgFixture org() {
        return org;
    }

    /** A scheme from preset B with version 1 locked, and an unlocked version 2. */
    public String lockedScheme() {
        String code = "T_CYC_" + System.nanoTime() % 1_000_000 + "_" + SEQ.incrementAndGet();
        org.asHr(() -> {
            schemes.create(new SchemeForm(code, "周期测试方案", null, List.of(PositionFamily.SALES_REP), "B", null, null));
            return schemes.lock(code, 1);
        });
        return code;
    }

    /** A monthly cycle of the quarter's {@code month} (1–3) over the same company, linked to the quarter (R12). */
    public CycleView month(OrgFixture.Team team, String schemeCode, CycleView quarter, int month) {
        LocalDate start = quarter.periodStart().plusMonths(month - 1);
        return org.asHr(() -> cycles.create(new CycleForm(start.toString().substring(0, 7) + " 考核 " + SEQ.incrementAndGet(),
                CycleType.MONTHLY, start, start.plusMonths(1).minusDays(1), schemeCode, null,
                new Population(List.of(team.company().id()), true, null, null, null, null, false), quarter.id())));
    }

    /** A quarterly cycle of 2026 Q3 over the team's company (with the units below it). */
    public CycleView quarter(OrgFixture.Team team, String schemeCode) {
        return org.asHr(() -> cycles.create(new CycleForm("2026 Q3 考核 " + SEQ.incrementAndGet(), CycleType.QUARTERLY,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), schemeCode, null,
                new Population(List.of(team.company().id()), true, null, null, null, null, false), null)));
    }
}
