package dev.kaohe.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;

/**
 * The assessment form of one participant (营销团队绩效考核表, T1) as the caller may see it: the cycle, assessee and
 * position, one row per scheme item (dimension, indicator, definition, weight, target, actual and, once visible, the
 * score), the self-assessment, the manager assessment, and what the caller may do. {@code self} has no scores while
 * {@code selfScoresHidden} (the reviewer has not submitted yet), and no evidence texts or files either while
 * {@code selfNotesHidden} (a blind review set to hide them too); {@code manager} is null for the assessee until
 * the results are published.
 */
public record AssessmentView(long cycleId, String cycleName, String periodLabel, CyclePhase phase, LocalDate phaseDeadline,
                             long participantId, long employeeId, String employeeNo, String employeeName, String positionName,
                             String orgUnitName, Long reviewerEmployeeId, String reviewerName, String schemeCode,
                             int schemeVersion, List<Item> items, FormPart self, FormPart manager, boolean selfScoresHidden,
                             boolean selfNotesHidden, Viewer viewer, boolean canEditSelf, boolean canEditManager, boolean canReopen,
                             ResultSummary result) {

    /** How the caller relates to the participant. */
    public enum Viewer { ASSESSEE, REVIEWER, MANAGER, OVERSEER }

    /**
     * One row of T1. {@code scaleMin}/{@code scaleMax} are the range a self or manager score is given in (a rating
     * 1–5 for rated items, points 0–100 for measured ones); {@code actualId} the indicator actual behind {@code actual}.
     */
    public record Item(String code, String name, String dimensionCode, String dimensionName, String indicatorCode,
                       String definition, BigDecimal weight, BigDecimal target, boolean rated, BigDecimal scaleMin,
                       BigDecimal scaleMax, BigDecimal actual, Long actualId, BigDecimal score) {
    }

    /** One side of the form. {@code version} is the optimistic-lock version to send back with a change (null: not started). */
    public record FormPart(String kind, String status, boolean reopened, Long version, Instant submittedAt, String submittedBy,
                           Map<String, Entry> items, String strengths, String gaps, String signatureName, Instant signedAt,
                           List<AttachmentView> attachments) {

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }

        public Entry entry(String code) {
            return items.get(code);
        }
    }

    public record Entry(BigDecimal score, String note) {
    }

    /** The composite, grade and rank band, when the caller may see the result. */
    public record ResultSummary(BigDecimal finalScore, String gradeCode, String grade, String rankBand, int versionNo,
                                boolean published) {
    }
}
