package dev.kaohe.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The review rules' settings, {@code kaohe.review.*}.
 *
 * @param hideSelfScoresFromReviewer  the reviewer (and managers above) see the self-scores only after the manager
 *                                    assessment is submitted (R96)
 * @param blindReviewHides            what of the submitted self-assessment stays hidden meanwhile: {@code SCORES} (the
 *                                    default: the manager still works from the self-report's evidence and files, R96)
 *                                    or {@code SCORES_AND_NOTES} (evidence texts and files too)
 * @param noteMaxLength               longest evidence text, comment, strengths or gaps
 * @param attachmentMaxSize           largest evidence file
 * @param attachmentsPerForm          most evidence files on one form
 * @param attachmentTypes             file name endings accepted as evidence; a file's content must match its ending
 * @param gradeScale                  the absolute grade scale results are graded on ({@code SABCD} or {@code 000})
 * @param rankBands                   rank band preset ({@code bonus-003}, {@code cohorts-003})
 * @param quotas                      the forced-distribution quotas calibration compares the grades with, best first
 *                                    (R84: S top 5%, A top 20% including S, B the middle, C/D the bottom 20%/5%)
 * @param raterBlend                  rater → percent for rated items; empty: the manager's score is official (R80)
 * @param recalculateInBackground     recompute stale results (corrected actuals) in the background until calibration is locked
 */
@ConfigurationProperties("kaohe.review")
public record ReviewSettings(
        @DefaultValue("true") boolean hideSelfScoresFromReviewer,
        @DefaultValue("SCORES") BlindReview blindReviewHides,
        @DefaultValue("2000") int noteMaxLength,
        @DefaultValue("5MB") DataSize attachmentMaxSize,
        @DefaultValue("10") int attachmentsPerForm,
        @DefaultValue({"pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "xlsx", "docx", "pptx"}) List<String> attachmentTypes,
        @DefaultValue("SABCD") String gradeScale,
        @DefaultValue("bonus-003") String rankBands,
        List<Quota> quotas,
        Map<String, BigDecimal> raterBlend,
        @DefaultValue("true") boolean recalculateInBackground) {

    public enum Position { TOP, MIDDLE, BOTTOM }

    /** What a blind manager review hides of the self-assessment. */
    public enum BlindReview { SCORES, SCORES_AND_NOTES }

    /** One grade's quota: {@code share} percent of the population, counted from its end (cumulative). */
    public record Quota(String grade, String zh, String en, Position position, BigDecimal share) {
    }

    public ReviewSettings {
        quotas = quotas == null || quotas.isEmpty() ? SOURCE_003 : List.copyOf(quotas);
        raterBlend = raterBlend == null ? Map.of() : Map.copyOf(raterBlend);
        attachmentTypes = attachmentTypes.stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** R84 / E13: S top 5%, A top 20% (including S), B the middle, C and D the bottom 20% and 5%. */
    public static final List<Quota> SOURCE_003 = List.of(
            new Quota("S", "S", "S", Position.TOP, new BigDecimal("5")),
            new Quota("A", "A", "A", Position.TOP, new BigDecimal("20")),
            new Quota("B", "B", "B", Position.MIDDLE, null),
            new Quota("C", "C", "C", Position.BOTTOM, new BigDecimal("20")),
            new Quota("D", "D", "D", Position.BOTTOM, new BigDecimal("5")));
}
