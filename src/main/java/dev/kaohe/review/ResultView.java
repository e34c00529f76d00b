package dev.kaohe.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a participant's result with its derivation: per item the actual (and the indicator actual row behind
 * it, {@code lineage} being the page that shows where it came from), target, achievement, the rule's reasoning, score,
 * weight and contribution; per dimension the score; the composite, the final score, the grade with its reason and the
 * rank band. {@code adjusted} when calibration set the grade or score ({@code engineGrade} is then what the engine gave).
 * An item's {@code withheld} says which rater kinds' averages are left out of {@code raters}, {@code rule} and
 * {@code derivation} because too few of them answered (they still count in the score); null when none is.
 */
public record ResultView(long participantId, long cycleId, String cycleName, String periodLabel, long employeeId,
                         String employeeName, int versionNo, String reasonKind, String reason, String schemeCode,
                         int schemeVersion, BigDecimal composite, BigDecimal finalScore, String gradeCode, String grade,
                         String gradeReason, String rankBand, String quotaGrade, boolean adjusted, String engineGrade,
                         BigDecimal engineScore, boolean stale, boolean published, String createdBy, Instant createdAt,
                         String period, List<Item> items, List<Dimension> dimensions, String derivation,
                         List<VersionSummary> versions) {

    public record Item(String code, String name, String dimension, BigDecimal weight, BigDecimal actual, Long actualId,
                       String lineage, BigDecimal target, BigDecimal achievement, String rule, BigDecimal score,
                       BigDecimal contribution, Map<String, BigDecimal> raters, String withheld) {
    }

    public record Dimension(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
    }

    /** An earlier or later version, for the history list. */
    public record VersionSummary(int versionNo, String reasonKind, String reason, BigDecimal finalScore, String grade,
                                 String createdBy, Instant createdAt) {
    }
}
