package dev.kaohe.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.kaohe.review.Assessments.SelfShown;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static dev.kaohe.review.AssessmentView.Viewer.ASSESSEE;
import static dev.kaohe.review.AssessmentView.Viewer.MANAGER;
import static dev.kaohe.review.AssessmentView.Viewer.OVERSEER;
import static dev.kaohe.review.AssessmentView.Viewer.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** The review's small rules without the application: the publication deadline, the blind review, evidence file contents. */
class ReviewRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The cycle's PUBLICATION deadline (R173: 5 working days after the end of 2026 Q3, past the national holiday). */
    static final LocalDate DEADLINE = LocalDate.of(2026, 10, 14);

    // --- R173 on the company's day

    @Test
    void aPublicationOnTheDeadlineDayInShanghaiIsOnTime() {
        // 09:00 in Shanghai on the deadline day
        assertThat(Calibrations.deadlineStatus(Instant.parse("2026-10-14T01:00:00Z"), DEADLINE, clock("2026-10-20T00:00:00Z"), SHANGHAI))
                .isEqualTo(CalibrationView.Deadline.ON_TIME);
    }

    @Test
    void aMorningPublicationTheDayAfterIsLateThoughItIsStillTheDeadlineDayInUtc() {
        // 07:30 in Shanghai on 15 October is 23:30 UTC on the 14th
        Instant published = Instant.parse("2026-10-14T23:30:00Z");
        assertThat(Calibrations.deadlineStatus(published, DEADLINE, clock("2026-10-20T00:00:00Z"), SHANGHAI))
                .isEqualTo(CalibrationView.Deadline.LATE);
        assertThat(Calibrations.deadlineStatus(published, DEADLINE, clock("2026-10-20T00:00:00Z"), ZoneOffset.UTC))
                .as("the zone is what decides").isEqualTo(CalibrationView.Deadline.ON_TIME);
    }

    @Test
    void unpublishedResultsAreOverdueFromTheFirstMinuteOfTheNextDayInShanghai() {
        // 23:00 in Shanghai on the deadline day: still open
        assertThat(Calibrations.deadlineStatus(null, DEADLINE, clock("2026-10-14T15:00:00Z"), SHANGHAI))
                .isEqualTo(CalibrationView.Deadline.OPEN);
        // 01:00 in Shanghai on the 15th, still the 14th in UTC
        assertThat(Calibrations.deadlineStatus(null, DEADLINE, clock("2026-10-14T17:00:00Z"), SHANGHAI))
                .isEqualTo(CalibrationView.Deadline.OVERDUE);
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    // --- the blind manager review (R96)

    @Test
    void byDefaultTheReviewerSeesTheSelfReportWithoutItsScoresUntilTheirOwnIsSubmitted() {
        ReviewSettings settings = settings(true, ReviewSettings.BlindReview.SCORES);
        assertThat(Assessments.selfShown(settings, REVIEWER, true, false)).isEqualTo(SelfShown.NOTES);
        assertThat(Assessments.selfShown(settings, MANAGER, true, false)).isEqualTo(SelfShown.NOTES);
        assertThat(Assessments.selfShown(settings, REVIEWER, true, true)).isEqualTo(SelfShown.EVERYTHING);
        assertThat(Assessments.selfShown(settings, OVERSEER, true, false)).isEqualTo(SelfShown.EVERYTHING);
        assertThat(Assessments.selfShown(settings, ASSESSEE, false, false)).isEqualTo(SelfShown.EVERYTHING);
        assertThat(Assessments.selfShown(settings, REVIEWER, false, false)).as("a draft").isEqualTo(SelfShown.NOTHING);
    }

    @Test
    void hidingTheNotesTooHidesTheWholeSelfReportUntilTheManagerAssessmentIsSubmitted() {
        ReviewSettings settings = settings(true, ReviewSettings.BlindReview.SCORES_AND_NOTES);
        assertThat(Assessments.selfShown(settings, REVIEWER, true, false)).isEqualTo(SelfShown.NOTHING);
        assertThat(Assessments.selfShown(settings, MANAGER, true, false)).isEqualTo(SelfShown.NOTHING);
        assertThat(Assessments.selfShown(settings, REVIEWER, true, true)).isEqualTo(SelfShown.EVERYTHING);
        assertThat(Assessments.selfShown(settings, OVERSEER, true, false)).isEqualTo(SelfShown.EVERYTHING);
    }

    @Test
    void withoutABlindReviewTheReviewerSeesTheSubmittedSelfAssessmentAtOnce() {
        for (ReviewSettings.BlindReview hides : ReviewSettings.BlindReview.values()) {
            ReviewSettings settings = settings(false, hides);
            assertThat(Assessments.selfShown(settings, REVIEWER, true, false)).isEqualTo(SelfShown.EVERYTHING);
            assertThat(Assessments.selfShown(settings, MANAGER, true, false)).isEqualTo(SelfShown.EVERYTHING);
            assertThat(Assessments.selfShown(settings, REVIEWER, false, false)).as("a draft stays the assessee's").isEqualTo(SelfShown.NOTHING);
        }
    }

    private static ReviewSettings settings(boolean hideScores, ReviewSettings.BlindReview hides) {
        return new ReviewSettings(hideScores, hides, 2000, DataSize.ofMegabytes(5), 10, List.of("pdf", "txt"), "SABCD", "bonus-003",
                null, Map.of(), true);
    }

    // --- evidence files by content

    @Test
    void evidenceFilesAreCheckedByTheirContent() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(EvidenceFiles.contentMatches("pdf", pdf)).isTrue();
        assertThat(EvidenceFiles.contentMatches("pdf", exe)).isFalse();
        assertThat(EvidenceFiles.contentMatches("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})).isTrue();
        assertThat(EvidenceFiles.contentMatches("jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1})).isTrue();
        assertThat(EvidenceFiles.contentMatches("jpeg", pdf)).isFalse();
        assertThat(EvidenceFiles.contentMatches("xlsx", zip)).isTrue();
        assertThat(EvidenceFiles.contentMatches("docx", zip)).isTrue();
        assertThat(EvidenceFiles.contentMatches("docx", exe)).isFalse();
        assertThat(EvidenceFiles.contentMatches("txt", "拜访记录\r\n\t华联超市".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(EvidenceFiles.contentMatches("csv", "工号,姓名\nE1,张三\n".getBytes(java.nio.charset.Charset.forName("GB18030")))).isTrue();
        assertThat(EvidenceFiles.contentMatches("txt", exe)).isFalse();
        assertThat(EvidenceFiles.contentMatches("heic", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'})).as("no known signature: by name").isTrue();
        assertThat(EvidenceFiles.contentMatches("heic", exe)).as("but never a program").isFalse();
        assertThat(EvidenceFiles.contentMatches("pdf", new byte[0])).isFalse();
    }
}
