package dev.kaohe.review.posting.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.review.posting.domain.QuarterlyComposite.Missing;
import dev.kaohe.review.posting.domain.QuarterlyComposite.MissingParts;
import dev.kaohe.review.posting.domain.QuarterlyComposite.Part;
import dev.kaohe.review.posting.domain.QuarterlyComposite.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterlyCompositeTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    @Test
    void threePostedMonthsOfEqualWeightGiveTheirMeanAndSayHow() {
        var result = QuarterlyComposite.of(List.of(
                Part.posted(1, "2026-07", ONE, new BigDecimal("85"), 1),
                Part.posted(2, "2026-08", ONE, new BigDecimal("90"), 2),
                Part.posted(3, "2026-09", ONE, new BigDecimal("80"), 1),
                Part.missing(0, "2026 Q3", BigDecimal.ZERO, Missing.NOT_POSTED)), MissingParts.RENORMALISE);

        assertThat(result.status()).isEqualTo(Status.COMPLETE);
        assertThat(result.score()).isEqualByComparingTo("85.00");
        assertThat(result.missing()).as("a part of weight zero does not count, not even as missing").isEmpty();
        assertThat(result.used()).extracting(u -> u.effectiveWeight().toPlainString()).containsExactly("33.33", "33.33", "33.33");
        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("季度综合得分 = (2026-07 v1 85 × 1 + 2026-08 v2 90 × 1 + 2026-09 v1 80 × 1) ÷ 3 = 85。"
                        + " 有效权重:2026-07 33.33%,2026-08 33.33%,2026-09 33.33%。");
        assertThat(result.explain(Locale.ENGLISH)).startsWith("Quarterly composite = (2026-07 v1 85 × 1 + 2026-08 v2 90 × 1")
                .contains("Effective weights: 2026-07 33.33%");
    }

    @Test
    void weightsAreRelativeAndTheQuarterlyResultCountsWhenItsWeightIsAboveZero() {
        var result = QuarterlyComposite.of(List.of(
                Part.posted(1, "7月", new BigDecimal("20"), new BigDecimal("70"), 1),
                Part.posted(2, "8月", new BigDecimal("20"), new BigDecimal("80"), 1),
                Part.posted(3, "9月", new BigDecimal("20"), new BigDecimal("90"), 1),
                Part.posted(0, "Q3", new BigDecimal("40"), new BigDecimal("100"), 3)), MissingParts.RENORMALISE);

        // (70×20 + 80×20 + 90×20 + 100×40) / 100 = 88
        assertThat(result.score()).isEqualByComparingTo("88");
        assertThat(result.used()).extracting(u -> u.contribution().toPlainString()).containsExactly("14.00", "16.00", "18.00", "40.00");
    }

    @Test
    void aMissingMonthIsLeftOutAndTheOthersReweightedWithTheReasonNamed() {
        var result = QuarterlyComposite.of(List.of(
                Part.posted(1, "2026-07", ONE, new BigDecimal("85"), 1),
                Part.missing(2, "2026-08", ONE, Missing.NOT_POSTED),
                Part.posted(3, "2026-09", ONE, new BigDecimal("80"), 1)), MissingParts.RENORMALISE);

        assertThat(result.status()).isEqualTo(Status.RENORMALISED);
        assertThat(result.score()).isEqualByComparingTo("82.50");
        assertThat(result.used()).extracting(u -> u.effectiveWeight().toPlainString()).containsExactly("50.00", "50.00");
        assertThat(result.missing()).extracting(Part::label).containsExactly("2026-08");
        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).contains("÷ 2 = 82.5").contains("缺少:2026-08(该月结果尚未公示)")
                .contains("重新归一");
        assertThat(result.explain(Locale.ENGLISH)).contains("Missing: 2026-08 (that month's results are not posted yet)")
                .contains("scaled up to 100%");
    }

    @Test
    void underTheFlagPolicyAMissingMonthMeansNoCompositeYet() {
        var result = QuarterlyComposite.of(List.of(
                Part.posted(1, "2026-07", ONE, new BigDecimal("85"), 1),
                Part.missing(2, "2026-08", ONE, Missing.NOT_PARTICIPANT),
                Part.missing(3, "2026-09", ONE, Missing.NO_CYCLE)), MissingParts.FLAG);

        assertThat(result.status()).isEqualTo(Status.FLAGGED);
        assertThat(result.hasScore()).isFalse();
        assertThat(result.explain(Locale.ENGLISH)).isEqualTo("Missing: 2026-08 (not a participant of that month's cycle); "
                + "2026-09 (no monthly cycle of that month is linked to the quarter). By the settings there is no composite while a part is missing.");
    }

    @Test
    void nothingPostedMeansNoComposite() {
        var result = QuarterlyComposite.of(List.of(Part.missing(1, "2026-07", ONE, Missing.NO_RESULT)), MissingParts.RENORMALISE);
        assertThat(result.status()).isEqualTo(Status.NONE);
        assertThat(result.score()).isNull();
        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).contains("2026-07(该月没有结果)").endsWith("无综合得分。");
    }

    @Test
    void aPartHasEitherAScoreOrAReasonAndNeverANegativeWeight() {
        assertThatThrownBy(() -> Part.posted(1, "x", new BigDecimal("-1"), ONE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Part(1, "x", ONE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalCompositesShareAPlaceAndTheNextPlaceSkips() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("a", new BigDecimal("80"));
        scores.put("b", new BigDecimal("90.00"));
        scores.put("c", new BigDecimal("90"));
        scores.put("d", null);
        scores.put("e", new BigDecimal("70"));
        assertThat(Places.of(scores)).containsOnly(Map.entry("b", 1), Map.entry("c", 1), Map.entry("a", 3),
                Map.entry("e", 4));
    }
}
