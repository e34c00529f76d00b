package dev.kaohe.review.posting;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.review.posting.domain.QuarterlyComposite;
import org.springframework.data.domain.Page;

/**
 * The weighted composites of a quarterly cycle (R12): which monthly cycles post into it, the weights and the missing
 * policy, and one row per person (participants of the quarter and of its months), ordered by place.
 *
 * @param columns the parts in the order of the rows' parts: months 1–3, then the quarterly result when its weight counts
 */
public record CompositeView(long cycleId, String cycleName, String periodLabel, List<Column> columns,
                            QuarterlyComposite.MissingParts missingParts, boolean companyWide, Page<Row> rows) {

    /**
     * A part of the composite: a month (1–3) or the quarterly result (0), with its weight and the cycles behind it
     * ({@code cycles} empty when no cycle of that month is linked).
     */
    public record Column(int month, String label, BigDecimal weight, List<CycleRef> cycles) {
    }

    public record CycleRef(long cycleId, String name, boolean posted) {
    }

    /**
     * One person's composite. {@code parts} and {@code explanation} are null for a row outside the caller's reach (the
     * composite and place are posted, the breakdown is individual detail, R8).
     */
    public record Row(long employeeId, String employeeNo, String employeeName, String orgUnitName, BigDecimal composite,
                      QuarterlyComposite.Status status, Integer place, List<Part> parts, String explanation) {
    }

    /** A part's value for the person: the score and result version, or why it is missing. */
    public record Part(int month, String label, BigDecimal weight, BigDecimal effectiveWeight, Long cycleId,
                       BigDecimal score, Integer versionNo, String missing) {
    }
}
