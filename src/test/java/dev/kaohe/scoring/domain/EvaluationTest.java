package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationTest {

    private static PersonResult evaluateOne(Scheme scheme, EvaluationSettings settings, Participant p) {
        return new Evaluation(scheme, settings).evaluate(List.of(p)).get(0);
    }

    @Test
    void theSpecE1SalesRepresentativeScores100AndIsExcellent() {
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, Fixtures.xiaoMing());

        assertThat(r.items()).extracting(ItemResult::score).allSatisfy(s -> assertThat(s).isEqualByComparingTo("100"));
        assertThat(r.items().get(0).achievement().percent()).isEqualByComparingTo("120");
        assertThat(r.items().get(1).achievement().percent()).isEqualByComparingTo("133.3333");
        assertThat(r.items()).extracting(ItemResult::contribution).map(BigDecimal::intValueExact).containsExactly(50, 30, 20);
        assertThat(r.composite()).isEqualByComparingTo("100");
        assertThat(r.finalScore()).isEqualByComparingTo("100");
        assertThat(r.grade().zh()).isEqualTo("优秀");
        assertThat(r.dimensions()).extracting(DimensionResult::score).allSatisfy(s -> assertThat(s).isEqualByComparingTo("100"));
    }

    @Test
    void theDerivationExplainsEveryStepInChineseAndEnglish() {
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, Fixtures.xiaoMing());
        String zh = r.describe(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).contains("销售额(权重 50%)", "达成率 = 实际 120 ÷ 目标 100 = 120%", "达成率 120% 落在 ≥100% 档 → 100",
                "实际 4.8 达到门槛 ≥ 4.5 → 100", "综合得分 100", "等级 优秀", "得分 100 落在 ≥ 90 → 优秀");
        String en = r.describe(Locale.ENGLISH);
        assertThat(en).contains("achievement 133.3% falls in the ≥100% tier → 100", "composite 100", "grade Excellent",
                "rank company: rank 1 of 1");
    }

    @Test
    void aSalesRepAt92PercentGets80PointsForSalesAndAGoodGradeOverall() {
        Participant p = Participant.of("li", Map.of(
                "sales", ItemInput.actual("92"), "newCustomers", ItemInput.actual("6"), "communication", ItemInput.actual("4.6")));
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p);
        assertThat(r.composite()).isEqualByComparingTo("90");
        assertThat(r.grade().code()).isEqualTo("EXCELLENT");
        Participant q = Participant.of("wang", Map.of(
                "sales", ItemInput.actual("92"), "newCustomers", ItemInput.actual("5"), "communication", ItemInput.actual("4.6")));
        PersonResult s = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, q);
        assertThat(s.composite()).isEqualByComparingTo("78");
        assertThat(s.grade().zh()).isEqualTo("达标");
        assertThat(s.gradeReason().describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("得分 78 落在 ≥ 70 且 < 80 → 达标(等级表 000)");
    }

    @Test
    void aPersonalTargetReplacesTheSchemeDefault() {
        Participant p = Participant.of("zhao", Map.of(
                "sales", ItemInput.actual("120", "150"), "newCustomers", ItemInput.actual("8"), "communication", ItemInput.actual("4.8")));
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p);
        assertThat(r.items().get(0).achievement().percent()).isEqualByComparingTo("80");
        assertThat(r.items().get(0).score()).isEqualByComparingTo("60");
        assertThat(r.composite()).isEqualByComparingTo("80");
    }

    private static final Scheme RATED = Scheme.of("rated",
            Dimension.of("performance", "业绩", "60", Item.measured("sales", "销售额", "60", "100", LinearRule.PERCENT_0_100)),
            Dimension.of("competency", "能力", "40", Item.rated("teamwork", "团队协作", "40", RatingScaleRule.ONE_TO_FIVE)));

    @Test
    void theManagerScoreIsOfficialByDefaultAndTheSelfScoreIsKeptBesideIt() {
        Participant p = Participant.of("a", Map.of("sales", ItemInput.actual("100"),
                "teamwork", ItemInput.ratings(Rater.SELF, "5", Rater.MANAGER, "3")));
        PersonResult r = evaluateOne(RATED, EvaluationSettings.DEFAULT, p);
        ItemResult teamwork = r.items().get(1);
        assertThat(teamwork.score()).isEqualByComparingTo("50");
        assertThat(teamwork.raterOutcomes().get(Rater.SELF).score()).isEqualByComparingTo("100");
        assertThat(r.composite()).isEqualByComparingTo("80");
    }

    @Test
    void aRaterWhoDidNotSubmitIsLeftOutAndTheOthersRenormalisedNeverCountedAsZero() {
        RaterBlend blend360 = RaterBlend.of(Rater.SELF, "10", Rater.MANAGER, "50", Rater.PEER, "20", Rater.CUSTOMER, "20");
        Participant p = Participant.of("a", Map.of("sales", ItemInput.actual("100"),
                "teamwork", ItemInput.ratings(Rater.MANAGER, "4", Rater.PEER, "5")));
        PersonResult r = evaluateOne(RATED, EvaluationSettings.DEFAULT.withBlend(blend360), p);
        ItemResult teamwork = r.items().get(1);
        // manager 75 × 50/70 + peer 100 × 20/70 = 82.14
        assertThat(teamwork.score()).isEqualByComparingTo("82.14");
        assertThat(teamwork.blend().missing()).containsExactly(Rater.SELF, Rater.CUSTOMER);
        assertThat(teamwork.blend().describe(Locale.ENGLISH)).contains("not submitted, left out and the rest renormalised: self, customer");
    }

    @Test
    void anItemNoWeightedRaterHasRatedLeavesTheResultIncompleteAndUnranked() {
        Participant p = Participant.of("a", Map.of("sales", ItemInput.actual("100"), "teamwork", ItemInput.ratings(Rater.SELF, "5")));
        PersonResult r = evaluateOne(RATED, EvaluationSettings.DEFAULT, p);
        assertThat(r.complete()).isFalse();
        assertThat(r.finalScore()).isNull();
        assertThat(r.grade()).isNull();
        assertThat(r.places()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(pr -> assertThat(pr.path()).isEqualTo("dimension[competency].item[teamwork]"));
    }

    @Test
    void aMissingActualIsReportedNamingTheItem() {
        Participant p = Participant.of("a", Map.of("teamwork", ItemInput.ratings(Rater.MANAGER, "4")));
        PersonResult r = evaluateOne(RATED, EvaluationSettings.DEFAULT, p);
        assertThat(r.problems()).singleElement().satisfies(pr -> assertThat(pr.en()).isEqualTo("item 销售额 has no actual value"));
    }

    @Test
    void thirtyPercentOfTheScoreComesFromTheTeamsAttainmentByDefault() {
        Participant p = Fixtures.xiaoMing().withTeamAttainment("80");
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT.withTeamLinkage(TeamLinkage.SOURCE_003), p);
        // 100 × 70% + 80 × 30% = 94
        assertThat(r.composite()).isEqualByComparingTo("100");
        assertThat(r.team().linked()).isEqualByComparingTo("94");
        assertThat(r.finalScore()).isEqualByComparingTo("94");
        assertThat(r.team().describe(Locale.SIMPLIFIED_CHINESE)).startsWith("团队联动:个人 100 × 70% + 团队 80 × 30% = 94");
    }

    @Test
    void teamLinkageWithoutTheTeamsAttainmentIsReported() {
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT.withTeamLinkage(TeamLinkage.SOURCE_003), Fixtures.xiaoMing());
        assertThat(r.complete()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(pr -> assertThat(pr.path()).endsWith("teamAttainment"));
    }

    @Test
    void bonusPointsForANotableContributionAreAddedWithTheirReason() {
        Participant p = Participant.of("b", Map.of(
                "sales", ItemInput.actual("92"), "newCustomers", ItemInput.actual("5"), "communication", ItemInput.actual("4.6")))
                .withBonus(BonusPoints.of("8", "主动优化活动方案,转化率提升"));
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p);
        assertThat(r.composite()).isEqualByComparingTo("78");
        assertThat(r.finalScore()).isEqualByComparingTo("86");
        assertThat(r.grade().zh()).isEqualTo("良好");
        assertThat(r.describe(Locale.SIMPLIFIED_CHINESE)).contains("加分 上级 +8: 主动优化活动方案,转化率提升");
    }

    @Test
    void bonusPointsOutsideFiveToTenAreRefused() {
        Participant p = Fixtures.xiaoMing().withBonus(BonusPoints.of("12", "too generous"));
        PersonResult r = evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p);
        assertThat(r.complete()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(pr -> assertThat(pr.en()).isEqualTo("bonus 12 is outside the allowed 5–10"));
    }

    @Test
    void theCompositeMayExceed100UnlessACapIsConfigured() {
        Participant p = Fixtures.xiaoMing().withBonus(BonusPoints.of("10", "跨 3 部门协作,签约周期从 28 天缩短到 15 天"));
        assertThat(evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p).finalScore()).isEqualByComparingTo("110");
        PersonResult capped = evaluateOne(Fixtures.E1,
                EvaluationSettings.DEFAULT.withBonus(BonusRules.SOURCE_004.withCap(new BigDecimal("100"))), p);
        assertThat(capped.finalScore()).isEqualByComparingTo("100");
        assertThat(capped.cap()).isEqualByComparingTo("100");
        assertThat(capped.describe(Locale.ENGLISH)).contains("final score 100 (capped at 100)");
    }

    @Test
    void aBonusOnAnItemOutsideTheSchemeIsRefused() {
        Participant p = Fixtures.xiaoMing().withBonus(new BonusPoints(new BigDecimal("5"), "case", Rater.PEER, "nope"));
        assertThat(evaluateOne(Fixtures.E1, EvaluationSettings.DEFAULT, p).problems()).isNotEmpty();
    }

    @Test
    void theSameParticipantTwiceIsRefused() {
        Evaluation evaluation = new Evaluation(Fixtures.E1, EvaluationSettings.DEFAULT);
        assertThatThrownBy(() -> evaluation.evaluate(List.of(Fixtures.xiaoMing(), Fixtures.xiaoMing())))
                .isInstanceOf(ScoringException.class).hasMessageContaining("participant[xiaoming]");
    }

    @Test
    void aTieBreakOutsideTheSchemeIsRefused() {
        assertThatThrownBy(() -> new Evaluation(Fixtures.E1, EvaluationSettings.DEFAULT.withTieBreak(TieBreak.byDimension("growth"))))
                .isInstanceOf(ScoringException.class).hasMessageContaining("dimension growth");
    }

    @Test
    void resultsComeBackSortedByIdWhateverTheInputOrder() {
        List<Participant> people = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            people.add(Participant.of(String.format("p%03d", i), Map.of(
                    "sales", ItemInput.actual(String.valueOf(60 + random.nextInt(60))),
                    "newCustomers", ItemInput.actual(String.valueOf(random.nextInt(10))),
                    "communication", ItemInput.actual("4." + random.nextInt(10)))));
        }
        Evaluation evaluation = new Evaluation(Fixtures.E1, EvaluationSettings.DEFAULT.withDistribution(ForcedDistribution.SOURCE_003, EvaluationSettings.COMPANY));
        List<PersonResult> first = evaluation.evaluate(people);
        Collections.shuffle(people, new Random(11));
        assertThat(evaluation.evaluate(people)).isEqualTo(first);
        assertThat(first).extracting(PersonResult::participantId).isSorted();
    }
}
