package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmartCheckTest {

    private final SmartCheck smart = new SmartCheck(List.of("提升", "加强", "优化", "improve", "enhance"));
    private static final LocalDate END_OF_Q3 = LocalDate.of(2026, 9, 30);

    private SmartCheck.Input goal(String title, BigDecimal target, String unit, LocalDate due, String source) {
        return new SmartCheck.Input(null, title, target, unit, due, true, source, true, true, null, false);
    }

    @Test
    void aVagueGoalLikeRaiseBrandInfluenceFailsWithEveryReasonAndGetsTheSocialMediaRewrite() {
        SmartCheck.SmartResult result = smart.check(goal("提升品牌影响力", null, null, null, null));

        assertThat(result.passed()).isFalse();
        assertThat(result.issues()).extracting(SmartCheck.SmartIssue::code)
                .containsExactly("vagueVerb", "noNumber", "noUnit", "noDataSource", "noDeadline");
        assertThat(result.issues().get(0).detail()).isEqualTo("提升");
        assertThat(result.issues().get(0).criterion()).isEqualTo(SmartCriterion.SPECIFIC);
        assertThat(result.suggestion().code()).isEqualTo("brandInfluence");
    }

    @Test
    void coreProductSalesPlusTwentyPercentInQ3PassesTheChecklist() {
        SmartCheck.SmartResult result = smart.check(goal("Q3 core-product sales +20%", new BigDecimal("20"), "%", END_OF_Q3, "CRM"));

        assertThat(result.passed()).isTrue();
        assertThat(result.suggestion()).isNull();
    }

    @Test
    void aVagueVerbIsAcceptableWhenTheGoalHasSomethingToMeasure() {
        SmartCheck.SmartResult result = smart.check(goal("提升线索转化率 8% -> 12%", new BigDecimal("12"), "%", END_OF_Q3, "CRM"));

        assertThat(result.passed()).isTrue();
    }

    @Test
    void aGoalWithoutOwnerParentOrDeadlineIsToldSoAndSuggestedAMeasurableForm() {
        SmartCheck.SmartResult result = smart.check(new SmartCheck.Input(null, "improve lead follow-up", null, null, null,
                false, null, true, false, null, false));

        assertThat(result.issues()).extracting(i -> i.criterion() + ":" + i.code()).contains(
                "SPECIFIC:noOwner", "RELEVANT:noParent", "TIME_BOUND:noDeadline", "SPECIFIC:vagueVerb");
        assertThat(result.suggestion().code()).isEqualTo("generic");
        assertThat(result.suggestion().args().get(0)).isEqualTo("lead follow-up");
        assertThat(result.codes()).contains("R:noParent");
    }

    @Test
    void anOkrObjectiveIsMeasuredByItsKeyResultsNotByItsOwnNumber() {
        SmartCheck.SmartResult objective = smart.check(new SmartCheck.Input(null, "提升新品上市成功率", null, null, END_OF_Q3,
                true, null, false, false, null, true));
        SmartCheck.SmartResult keyResult = smart.check(new SmartCheck.Input("KR2", "试用申请量", null, null, END_OF_Q3,
                true, "CRM", false, false, null, false));

        assertThat(objective.passed()).isTrue();
        assertThat(keyResult.issues()).extracting(SmartCheck.SmartIssue::code).containsExactly("noNumber", "noUnit");
        assertThat(keyResult.codes()).startsWith("KR2/");
    }
}
