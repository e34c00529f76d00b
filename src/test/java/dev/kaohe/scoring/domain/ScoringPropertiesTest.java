package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties checked over seeded random inputs, so a failure is reproducible from the seed. */
class ScoringPropertiesTest {

    private static final long SEED = 20231001L;
    private static final int RUNS = 500;

    private static final List<ScoringRule> ACHIEVEMENT_RULES = List.of(TierTable.SOURCE_000, TierTable.SOURCE_004,
            TierTable.SOURCE_000.withRoundingTo(0), LinearRule.PERCENT_0_100, LinearRule.of("1.2", "20", "130"),
            ThresholdRule.missedScores("40"), FormulaRule.of("MIN(achievement, 150) / 1.5"));

    private static BigDecimal randomAmount(Random random) {
        return BigDecimal.valueOf(random.nextInt(2_000_000), 2);
    }

    @Test
    void higherAchievementNeverLowersAHigherIsBetterScore() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal target = randomAmount(random).add(BigDecimal.ONE);
            BigDecimal lower = randomAmount(random);
            BigDecimal higher = lower.add(randomAmount(random));
            for (ScoringRule rule : ACHIEVEMENT_RULES) {
                BigDecimal a = rule.apply(Measurement.of(lower, target, Direction.HIGHER_IS_BETTER)).score();
                BigDecimal b = rule.apply(Measurement.of(higher, target, Direction.HIGHER_IS_BETTER)).score();
                assertThat(b).as("seed %d run %d rule %s: %s vs %s of %s", SEED, run, rule, higher, lower, target)
                        .isGreaterThanOrEqualTo(a);
            }
        }
    }

    @Test
    void aLowerActualNeverLowersALowerIsBetterScore() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal target = randomAmount(random);
            BigDecimal smaller = randomAmount(random);
            BigDecimal larger = smaller.add(randomAmount(random));
            for (ScoringRule rule : ACHIEVEMENT_RULES) {
                BigDecimal a = rule.apply(Measurement.of(smaller, target, Direction.LOWER_IS_BETTER)).score();
                BigDecimal b = rule.apply(Measurement.of(larger, target, Direction.LOWER_IS_BETTER)).score();
                assertThat(a).as("seed %d run %d rule %s: %s vs %s of %s", SEED + 1, run, rule, smaller, larger, target)
                        .isGreaterThanOrEqualTo(b);
            }
        }
    }

    @Test
    void noGradeEverExceedsItsQuotaAfterRoundingDownWhateverTheTies() {
        Random random = new Random(SEED + 2);
        ForcedDistribution[] variants = {ForcedDistribution.SOURCE_003,
                ForcedDistribution.SOURCE_003.with(ForcedDistribution.Counting.EXCLUSIVE)};
        for (int run = 0; run < RUNS; run++) {
            int n = 1 + random.nextInt(120);
            int distinctScores = 1 + random.nextInt(n);
            List<Candidate> population = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                population.add(Candidate.of("p" + i, String.valueOf(50 + random.nextInt(distinctScores))));
            }
            for (ForcedDistribution d : variants) {
                Map<String, ForcedDistribution.Placement> placements = d.distribute("team", population, null);
                BigDecimal topShare = BigDecimal.ZERO;
                int topCount = 0;
                for (int k = 0; k < 2; k++) {
                    Grade grade = d.bands().get(k).grade();
                    topShare = d.counting() == ForcedDistribution.Counting.CUMULATIVE ? d.bands().get(k).share() : topShare.add(d.bands().get(k).share());
                    topCount += (int) placements.values().stream().filter(p -> p.grade().equals(grade)).count();
                    int quota = QuotaRounding.FLOOR.count(n, topShare);
                    assertThat(topCount).as("run %d n %d: grades down to %s", run, n, grade.code()).isLessThanOrEqualTo(quota);
                }
                BigDecimal bottomShare = BigDecimal.ZERO;
                int bottomCount = 0;
                for (int k = 4; k >= 3; k--) {
                    Grade grade = d.bands().get(k).grade();
                    bottomShare = d.counting() == ForcedDistribution.Counting.CUMULATIVE ? d.bands().get(k).share() : bottomShare.add(d.bands().get(k).share());
                    bottomCount += (int) placements.values().stream().filter(p -> p.grade().equals(grade)).count();
                    assertThat(bottomCount).as("run %d n %d: grades up to %s", run, n, grade.code())
                            .isLessThanOrEqualTo(QuotaRounding.FLOOR.count(n, bottomShare));
                }
                assertEqualScoresShareAGrade(population, placements);
            }
        }
    }

    @Test
    void withDistinctScoresEveryQuotaIsFilledExactlyToItsRoundedShare() {
        Random random = new Random(SEED + 3);
        for (int run = 0; run < RUNS; run++) {
            int n = 1 + random.nextInt(300);
            List<Candidate> population = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                population.add(new Candidate("p" + i, BigDecimal.valueOf(i * 7L + 3, 1), null));
            }
            Map<String, ForcedDistribution.Placement> placements = ForcedDistribution.SOURCE_003.distribute("company", population, null);
            long s = placements.values().stream().filter(p -> p.grade().equals(Grades.S)).count();
            long a = placements.values().stream().filter(p -> p.grade().equals(Grades.A)).count();
            long d = placements.values().stream().filter(p -> p.grade().equals(Grades.D)).count();
            assertThat(s).isEqualTo(n * 5 / 100);
            assertThat(s + a).isEqualTo(n * 20 / 100);
            assertThat(d).isEqualTo(n * 5 / 100);
        }
    }

    private static void assertEqualScoresShareAGrade(List<Candidate> population, Map<String, ForcedDistribution.Placement> placements) {
        Map<BigDecimal, Grade> byScore = new java.util.HashMap<>();
        for (Candidate c : population) {
            Grade g = placements.get(c.id()).grade();
            Grade previous = byScore.putIfAbsent(c.score().stripTrailingZeros(), g);
            assertThat(previous == null || previous.equals(g)).as("score %s split across grades", c.score()).isTrue();
        }
    }

    @Test
    void evaluationIsDeterministicAndIndependentOfInputOrder() {
        Random random = new Random(SEED + 4);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Participant p = Participant.of("e" + i, Map.of(
                    "sales", ItemInput.actual(String.valueOf(50 + random.nextInt(80))),
                    "newCustomers", ItemInput.actual(String.valueOf(random.nextInt(12))),
                    "communication", ItemInput.actual("4." + random.nextInt(10))))
                    .inGroup("team", "T" + random.nextInt(12)).withTeamAttainment(String.valueOf(60 + random.nextInt(50)));
            if (random.nextInt(10) == 0) {
                p = p.withBonus(BonusPoints.of(String.valueOf(5 + random.nextInt(6)), "notable contribution"));
            }
            people.add(p);
        }
        EvaluationSettings settings = EvaluationSettings.DEFAULT.withTeamLinkage(TeamLinkage.SOURCE_003)
                .withDistribution(ForcedDistribution.SOURCE_003, "team").withPopulations("team");
        Evaluation evaluation = new Evaluation(Fixtures.E1, settings);
        List<PersonResult> expected = evaluation.evaluate(people);
        for (int run = 0; run < 20; run++) {
            Collections.shuffle(people, random);
            assertThat(evaluation.evaluate(people)).as("shuffle %d", run).isEqualTo(expected);
        }
    }
}
