package dev.kaohe.review.posting;

import java.math.BigDecimal;
import java.time.Instant;

import dev.kaohe.cycle.CycleType;
import org.springframework.data.domain.Page;

/**
 * The posting (公示) of one cycle's basic results: empty until the results are published. {@code companyWide} when the
 * caller reads every participant's row (not only their own reach). Rows are ordered by place.
 *
 * @param quarterlyCycleId the quarterly cycle a monthly cycle posts into, for the link to its composite
 */
public record PostingView(long cycleId, String cycleName, String periodLabel, CycleType type, boolean published,
                          Instant publishedAt, Long quarterlyCycleId, boolean companyWide, Page<Row> rows) {

    /**
     * One participant's posted result. {@code score} and {@code grade} are null when the participant has none;
     * {@code place} counts among everyone of the cycle with a result; {@code detail} when the caller may open the result.
     */
    public record Row(long participantId, long employeeId, String employeeNo, String employeeName, String orgUnitName,
                      String positionName, BigDecimal score, String gradeCode, String grade, Integer place,
                      Integer versionNo, boolean detail) {
    }
}
