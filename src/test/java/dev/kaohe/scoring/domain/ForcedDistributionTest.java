package dev.kaohe.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForcedDistributionTest {

    /** n people with distinct scores n, n−1, …, 1 (p1 best). */
    private static List<Candidate> distinct(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(Candidate.of("p" + i, String.valueOf(n - i + 1)));
        }
        return list;
    }

    private static Map<String, Integer> count(Map<String, ForcedDistribution.Placement> placements) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        placements.values().forEach(p -> counts.merge(p.grade().code(), 1, Integer::sum));
        return counts;
    }

    @Test
    void inAHundredPeopleSIsTheTop5AndAIncludesThemUpToTheTop20() {
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003.distribute("company", distinct(100), null);
        assertThat(count(result)).containsExactlyInAnyOrderEntriesOf(Map.of("S", 5, "A", 15, "B", 60, "C", 15, "D", 5));
        assertThat(result.get("p5").grade()).isEqualTo(Grades.S);
        assertThat(result.get("p6").grade()).isEqualTo(Grades.A);
        assertThat(result.get("p20").grade()).isEqualTo(Grades.A);
        assertThat(result.get("p21").grade()).isEqualTo(Grades.B);
        assertThat(result.get("p96").grade()).isEqualTo(Grades.D);
    }

    @Test
    void exclusiveBandsGiveAItsOwnTwentyPercentOnTopOfS() {
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003.with(ForcedDistribution.Counting.EXCLUSIVE)
                .distribute("company", distinct(100), null);
        assertThat(count(result)).containsExactlyInAnyOrderEntriesOf(Map.of("S", 5, "A", 20, "B", 50, "C", 20, "D", 5));
    }

    @Test
    void aTeamOfFourGetsNoSAndNoABecauseQuotasRoundDown() {
        assertThat(count(ForcedDistribution.SOURCE_003.distribute("team", distinct(4), null)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("B", 4));
        assertThat(count(ForcedDistribution.SOURCE_003.distribute("team", distinct(10), null)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 2, "B", 6, "C", 2));
        assertThat(count(ForcedDistribution.SOURCE_003.distribute("team", distinct(19), null)))
                .doesNotContainKey("S");
        assertThat(count(ForcedDistribution.SOURCE_003.distribute("team", distinct(20), null)))
                .containsEntry("S", 1);
    }

    @Test
    void roundingHalfUpGivesASmallTeamItsNearestWholeQuota() {
        Map<String, Integer> counts = count(ForcedDistribution.SOURCE_003.with(QuotaRounding.HALF_UP).distribute("team", distinct(12), null));
        // S 0.6 → 1, A 2.4 → 2 (so one more), D 0.6 → 1, C 2.4 → 2
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("S", 1, "A", 1, "B", 8, "C", 1, "D", 1));
    }

    @Test
    void equalScoresAtTheQuotaBoundaryStayTogetherBelowItSoNoQuotaIsExceeded() {
        List<Candidate> list = distinct(20);
        list.set(0, Candidate.of("p1", "95"));
        list.set(1, Candidate.of("p2", "95"));
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003.distribute("team", list, null);
        assertThat(result.get("p1").grade()).isEqualTo(result.get("p2").grade()).isEqualTo(Grades.A);
        assertThat(count(result)).doesNotContainKey("S");
        assertThat(result.get("p1").describe(Locale.ENGLISH))
                .contains("tied with 1 others, kept in one grade (QUOTA_IS_MAXIMUM)").endsWith("→ A");
    }

    @Test
    void favouringTheHigherGradeGivesTheWholeTieTheBetterGrade() {
        List<Candidate> list = distinct(20);
        list.set(1, Candidate.of("p2", "20"));
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003
                .with(ForcedDistribution.TiePolicy.FAVOUR_HIGHER).distribute("team", list, null);
        assertThat(result.get("p1").grade()).isEqualTo(Grades.S);
        assertThat(result.get("p2").grade()).isEqualTo(Grades.S);
    }

    @Test
    void aChosenTieBreakSplitsEqualScoresAndSaysSo() {
        List<Candidate> list = new ArrayList<>(distinct(20).subList(2, 20));
        list.add(new Candidate("p1", new java.math.BigDecimal("95"), new java.math.BigDecimal("80")));
        list.add(new Candidate("p2", new java.math.BigDecimal("95"), new java.math.BigDecimal("90")));
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003.distribute("team", list, "dimension performance");
        assertThat(result.get("p2").grade()).isEqualTo(Grades.S);
        assertThat(result.get("p1").grade()).isEqualTo(Grades.A);
        assertThat(result.get("p1").describe(Locale.SIMPLIFIED_CHINESE)).contains("按“dimension performance”决定先后");
    }

    @Test
    void tiesAtTheBottomBoundaryAreKeptOutOfTheBottomGrade() {
        List<Candidate> list = distinct(20);
        list.set(19, Candidate.of("p20", "2"));
        Map<String, ForcedDistribution.Placement> result = ForcedDistribution.SOURCE_003.distribute("team", list, null);
        assertThat(result.get("p19").grade()).isEqualTo(result.get("p20").grade()).isEqualTo(Grades.C);
        assertThat(count(result)).doesNotContainKey("D");
    }

    @Test
    void combinedModeDropsSomeoneInTheTopQuotaBelowTheMinimumScoreToTheNextGrade() {
        ForcedDistribution combined = ForcedDistribution.SOURCE_003.withBands(List.of(
                ForcedDistribution.QuotaBand.top(Grades.S, "5").withMinScore("90"),
                ForcedDistribution.QuotaBand.top(Grades.A, "20").withMinScore("80"),
                ForcedDistribution.QuotaBand.middle(Grades.B),
                ForcedDistribution.QuotaBand.bottom(Grades.C, "20"),
                ForcedDistribution.QuotaBand.bottom(Grades.D, "5")));
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            list.add(Candidate.of("p" + i, String.valueOf(90 - i)));
        }
        Map<String, ForcedDistribution.Placement> result = combined.distribute("team", list, null);
        assertThat(result.get("p1").quotaGrade()).isEqualTo(Grades.S);
        assertThat(result.get("p1").grade()).isEqualTo(Grades.A);
        assertThat(result.get("p1").describe(Locale.ENGLISH)).contains("the quota gives S but score 89 is below its minimum → A");
        assertThat(result.get("p4").grade()).isEqualTo(Grades.A);
    }

    @Test
    void topAndBottomSharesAbove100PercentAreRefused() {
        assertThatThrownBy(() -> ForcedDistribution.SOURCE_003.withBands(List.of(
                ForcedDistribution.QuotaBand.top(Grades.S, "60"), ForcedDistribution.QuotaBand.middle(Grades.B),
                ForcedDistribution.QuotaBand.bottom(Grades.D, "50")))).isInstanceOf(ScoringException.class);
    }

    @Test
    void aCumulativeShareSmallerThanTheGradeAboveItIsRefusedNamingTheGrade() {
        assertThatThrownBy(() -> ForcedDistribution.SOURCE_003.withBands(List.of(
                ForcedDistribution.QuotaBand.top(Grades.S, "10"), ForcedDistribution.QuotaBand.top(Grades.A, "5"),
                ForcedDistribution.QuotaBand.middle(Grades.B)))).isInstanceOf(ScoringException.class)
                .hasMessageContaining("grade[A]");
    }

    @Test
    void theOfficialGradeCanComeFromTheDistributionWithinEachTeam() {
        List<Participant> people = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < 10; i++) {
                people.add(Participant.of("t" + t + "p" + i, Map.of("sales", ItemInput.actual(String.valueOf(100 - i * 3 - t)),
                        "newCustomers", ItemInput.actual("6"), "communication", ItemInput.actual("4.5"))).inGroup("team", "T" + t));
            }
        }
        EvaluationSettings settings = EvaluationSettings.DEFAULT.withDistribution(ForcedDistribution.SOURCE_003, "team");
        List<PersonResult> results = new Evaluation(Fixtures.E1, settings).evaluate(people);
        for (String team : List.of("T0", "T1")) {
            assertThat(results.stream().filter(r -> r.groups().get("team").equals(team)).filter(r -> r.grade().equals(Grades.A)))
                    .hasSizeLessThanOrEqualTo(2);
        }
        PersonResult best = results.stream().filter(r -> r.participantId().equals("t0p0")).findFirst().orElseThrow();
        assertThat(best.places()).containsKeys("company", "team");
        assertThat(best.places().get("team").rank().size()).isEqualTo(10);
        assertThat(best.gradeReason().describe(Locale.SIMPLIFIED_CHINESE)).startsWith("在 team=T0(10 人)中排第 1 名");
    }
}
