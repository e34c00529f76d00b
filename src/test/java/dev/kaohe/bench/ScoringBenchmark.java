package dev.kaohe.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.kaohe.scoring.domain.Dimension;
import dev.kaohe.scoring.domain.Evaluation;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.ForcedDistribution;
import dev.kaohe.scoring.domain.Item;
import dev.kaohe.scoring.domain.ItemInput;
import dev.kaohe.scoring.domain.LinearRule;
import dev.kaohe.scoring.domain.Participant;
import dev.kaohe.scoring.domain.PersonResult;
import dev.kaohe.scoring.domain.Rater;
import dev.kaohe.scoring.domain.RatingScaleRule;
import dev.kaohe.scoring.domain.Scheme;
import dev.kaohe.scoring.domain.TeamLinkage;
import dev.kaohe.scoring.domain.ThresholdRule;
import dev.kaohe.scoring.domain.TierTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine over a company: 100,000 participants × 10 items (tier tables, linear, threshold and a
 * rated item blended from two raters), composite, team linkage, forced distribution per team and for the
 * company, and ranks in both. Not a test: run it as bench/scoring/README.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ScoringBenchmark {

    @Param({"100000"})
    int participants;

    @Param({"10"})
    int teamSize;

    private Evaluation evaluation;
    private List<Participant> population;

    @Setup
    public void setUp() {
        evaluation = evaluation();
        population = population(participants, teamSize, new Random(42));
    }

    /** The benchmark's scheme and settings: 10 items in 3 dimensions, linkage, distribution per team. */
    static Evaluation evaluation() {
        Scheme scheme = Scheme.of("bench",
                Dimension.of("performance", "业绩指标", "60",
                        Item.measured("sales", "销售额", "20", "1000000", TierTable.SOURCE_000),
                        Item.measured("collection", "回款率", "10", "95", TierTable.SOURCE_004),
                        Item.measured("newCustomers", "新客户", "10", "6", LinearRule.of("1", "0", "120")),
                        Item.measured("conversion", "转化率", "10", "12", TierTable.SOURCE_004),
                        Item.measured("cac", "获客成本", "10", "300", TierTable.SOURCE_000).lowerIsBetter()),
                Dimension.of("customer", "客户", "20",
                        Item.measured("csat", "满意度", "10", "4.5", ThresholdRule.missedScores("60")),
                        Item.measured("complaints", "投诉率", "10", "0.5", LinearRule.PERCENT_0_100).lowerIsBetter()),
                Dimension.of("collaboration", "协作与创新", "20",
                        Item.rated("teamwork", "团队协作", "10", RatingScaleRule.ONE_TO_FIVE),
                        Item.measured("proposals", "创新提案", "5", "3", LinearRule.PERCENT_0_100),
                        Item.measured("training", "培训完成率", "5", "100", TierTable.SOURCE_000)));
        EvaluationSettings settings = EvaluationSettings.DEFAULT
                .withTeamLinkage(TeamLinkage.SOURCE_003)
                .withDistribution(ForcedDistribution.SOURCE_003, "team")
                .withPopulations("team");
        return new Evaluation(scheme, settings);
    }

    static List<Participant> population(int size, int teamSize, Random random) {
        List<Participant> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, ItemInput> inputs = Map.of(
                    "sales", actual(random, 500_000, 1_500_000, 0),
                    "collection", actual(random, 70, 100, 1),
                    "newCustomers", actual(random, 0, 12, 0),
                    "conversion", actual(random, 5, 18, 1),
                    "cac", actual(random, 150, 450, 0),
                    "csat", new ItemInput(BigDecimal.valueOf(30 + random.nextInt(21), 1), null, null, null),
                    "complaints", actual(random, 0, 10, 1),
                    "teamwork", ItemInput.ratings(Rater.SELF, 1 + random.nextInt(5), Rater.MANAGER, 1 + random.nextInt(5)),
                    "proposals", actual(random, 0, 5, 0),
                    "training", actual(random, 60, 100, 0));
            list.add(new Participant(String.format("E%06d", i), Map.of("team", "T" + (i / teamSize)), inputs,
                    BigDecimal.valueOf(60 + random.nextInt(60)), List.of()));
        }
        return list;
    }

    private static ItemInput actual(Random random, int min, int max, int scale) {
        long unscaled = (long) (min + random.nextDouble() * (max - min)) * (long) Math.pow(10, scale)
                + (scale == 0 ? 0 : random.nextInt((int) Math.pow(10, scale)));
        return new ItemInput(BigDecimal.valueOf(unscaled, scale), null, null, null);
    }

    @Benchmark
    public List<PersonResult> evaluateCompany() {
        return evaluation.evaluate(population);
    }
}
