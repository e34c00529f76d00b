package dev.kaohe.review.posting;

import java.math.BigDecimal;
import java.util.List;

import dev.kaohe.review.posting.domain.QuarterlyComposite;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.review.posting.*}: the monthly posting (公示) of basic results and the quarterly weighted composite (R12).
 * The sources say results are posted every month and the composite is produced every quarter "with weighting"; they
 * give no weights for the months, so the default weighs the three months equally and leaves the quarterly cycle's own
 * result out (its weight 0). Weights are relative.
 *
 * @param visibleToParticipants every participant of a cycle reads its whole posting (R8: published results are visible
 *                              to all participants; R108: monthly public posting); off: employees read only their own
 *                              row and managers their subtree's. HR, executives, auditors and admins read everything.
 * @param monthWeights          weights of the quarter's first, second and third month
 * @param quarterWeight         weight of the quarterly cycle's own published result (0: not part of the composite)
 * @param missingParts          what a missing month does: {@code RENORMALISE} (composite over the others) or {@code FLAG}
 *                              (no composite until it is there)
 * @param exportMaxRows         most rows one Excel export carries
 */
@ConfigurationProperties("kaohe.review.posting")
public record PostingSettings(
        @DefaultValue("true") boolean visibleToParticipants,
        @DefaultValue({"1", "1", "1"}) List<BigDecimal> monthWeights,
        @DefaultValue("0") BigDecimal quarterWeight,
        @DefaultValue("RENORMALISE") QuarterlyComposite.MissingParts missingParts,
        @DefaultValue("10000") int exportMaxRows) {

    public PostingSettings {
        if (monthWeights == null || monthWeights.size() != 3 || monthWeights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            throw new IllegalStateException("kaohe.review.posting.month-weights needs three weights of at least 0, got " + monthWeights);
        }
        if (quarterWeight == null || quarterWeight.signum() < 0) {
            throw new IllegalStateException("kaohe.review.posting.quarter-weight must be at least 0, got " + quarterWeight);
        }
        if (monthWeights.stream().allMatch(w -> w.signum() == 0) && quarterWeight.signum() == 0) {
            throw new IllegalStateException("kaohe.review.posting: at least one of month-weights and quarter-weight must be above 0");
        }
        monthWeights = List.copyOf(monthWeights);
    }

    /** The weight of the quarter's month 1–3, or of the quarterly result for 0. */
    public BigDecimal weight(int month) {
        return month == 0 ? quarterWeight : monthWeights.get(month - 1);
    }
}
