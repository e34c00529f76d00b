package dev.kaohe.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;

/** The items of a participant's scheme version as the form lists them, and the intake period of a cycle. */
final class SchemeItems {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SchemeItems() {
    }

    record Row(DimensionSpec dimension, ItemSpec item, boolean rated, BigDecimal scaleMin, BigDecimal scaleMax) {
    }

    static List<Row> rows(SchemeSpec spec) {
        List<Row> rows = new ArrayList<>();
        for (DimensionSpec d : spec.dimensions()) {
            for (ItemSpec i : d.items()) {
                boolean rated = i.source() == ItemSpec.Source.RATED;
                BigDecimal min = BigDecimal.ZERO;
                BigDecimal max = HUNDRED;
                RuleSpec rule = i.rule();
                if (rated && rule != null && (rule.type() == RuleSpec.Type.RATING_SCALE || rule.type() == RuleSpec.Type.MANUAL)) {
                    min = rule.min() == null ? min : rule.min();
                    max = rule.max() == null ? max : rule.max();
                }
                rows.add(new Row(d, i, rated, min, max));
            }
        }
        return rows;
    }

    /**
     * The period key intake files actuals under: {@code 2026-07} for a monthly cycle, {@code 2026Q3} for a quarterly one
     * (or any cycle spanning exactly one month or quarter); null for longer periods, whose measured items then stay open.
     */
    static String period(CycleView cycle) {
        LocalDate start = cycle.periodStart();
        LocalDate end = cycle.periodEnd();
        YearMonth first = YearMonth.from(start);
        if (cycle.type() == CycleType.MONTHLY || start.equals(first.atDay(1)) && end.equals(first.atEndOfMonth())) {
            return first.toString();
        }
        int quarter = (start.getMonthValue() - 1) / 3 + 1;
        LocalDate quarterStart = LocalDate.of(start.getYear(), (quarter - 1) * 3 + 1, 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        if (cycle.type() == CycleType.QUARTERLY || start.equals(quarterStart) && end.equals(quarterEnd)) {
            return start.getYear() + "Q" + quarter;
        }
        return null;
    }
}
