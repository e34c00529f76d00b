package dev.kaohe.scoring.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    private final List<Candidate> five = List.of(Candidate.of("a", "95"), Candidate.of("b", "90"), Candidate.of("c", "90"),
            Candidate.of("d", "80"), Candidate.of("e", "70"));

    @Test
    void equalScoresShareTheBetterRankAndTheNextRankSkips() {
        Map<String, Ranking.Rank> ranks = Ranking.rank("team", five, null);
        assertThat(List.of("a", "b", "c", "d", "e")).extracting(id -> ranks.get(id).rank()).containsExactly(1, 2, 2, 4, 5);
        assertThat(List.of("a", "b", "c", "d", "e")).extracting(id -> ranks.get(id).denseRank()).containsExactly(1, 2, 2, 3, 4);
    }

    @Test
    void percentileIsTheShareOfOthersWhoScoredLower() {
        Map<String, Ranking.Rank> ranks = Ranking.rank("team", five, null);
        assertThat(ranks.get("a").percentile()).isEqualByComparingTo("100");
        assertThat(ranks.get("b").percentile()).isEqualByComparingTo("50");
        assertThat(ranks.get("e").percentile()).isEqualByComparingTo("0");
        assertThat(ranks.get("d").topPercent()).isEqualByComparingTo("80");
    }

    @Test
    void theTop10PercentOfTwentyAreTheFirstTwoForTheTripleBonus() {
        List<Candidate> twenty = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(Candidate.of("p" + i, String.valueOf(100 - i)));
        }
        Map<String, Ranking.Rank> ranks = Ranking.rank("company", twenty, RankBands.BONUS_003);
        assertThat(ranks.get("p2").band().code()).isEqualTo("TOP10");
        assertThat(ranks.get("p3").band().code()).isEqualTo("TOP11_30");
        assertThat(ranks.get("p6").band().code()).isEqualTo("TOP11_30");
        assertThat(ranks.get("p7").band().code()).isEqualTo("REST");
    }

    @Test
    void inATeamOfThreeTheBestIsInTheTop33PercentNotTheTop10() {
        Map<String, Ranking.Rank> ranks = Ranking.rank("team", five.subList(0, 3), RankBands.BONUS_003);
        assertThat(ranks.get("a").topPercent()).isEqualByComparingTo("33.3333");
        assertThat(ranks.get("a").band().code()).isEqualTo("REST");
    }

    @Test
    void aPopulationOfOneIsFirstAndAtThe100thPercentile() {
        Ranking.Rank only = Ranking.rank("team", List.of(Candidate.of("solo", "50")), RankBands.COHORTS_003).get("solo");
        assertThat(only.rank()).isEqualTo(1);
        assertThat(only.percentile()).isEqualByComparingTo("100");
        assertThat(only.band().code()).isEqualTo("TAIL");
    }
}
