package dev.kaohe.scoring.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeValidationTest {

    @Test
    void dimensionWeightsMustTotal100Percent() {
        assertThatThrownBy(() -> Scheme.of("bad",
                Dimension.of("performance", "业绩指标", "60", Item.measured("sales", "销售额", "60", "100", TierTable.SOURCE_000)),
                Dimension.of("competency", "能力素质", "20", Item.rated("communication", "沟通", "20", RatingScaleRule.ONE_TO_FIVE))))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("dimension weights total 80%, not 100% (业绩指标 60%, 能力素质 20%)");
    }

    @Test
    void aDimensionWhoseItemsDoNotAddUpToItsWeightIsRefusedByName() {
        assertThatThrownBy(() -> Scheme.of("bad",
                Dimension.of("performance", "业绩指标", "80",
                        Item.measured("sales", "销售额", "50", "100", TierTable.SOURCE_000),
                        Item.measured("newCustomers", "新客户", "20", "6", TierTable.SOURCE_000)),
                Dimension.of("competency", "能力素质", "20", Item.rated("communication", "沟通", "20", RatingScaleRule.ONE_TO_FIVE))))
                .isInstanceOf(ScoringException.class)
                .satisfies(e -> assertThat(((ScoringException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("dimension[performance]");
                            assertThat(p.en()).isEqualTo("dimension 业绩指标 weighs 80% but its items total 70%");
                        }));
    }

    @Test
    void anItemWithoutAWeightIsRefusedByName() {
        assertThatThrownBy(() -> Scheme.of("bad",
                Dimension.of("performance", "业绩指标", "100",
                        Item.measured("sales", "销售额", "100", "100", TierTable.SOURCE_000),
                        Item.measured("visits", "拜访", "0", "10", TierTable.SOURCE_000))))
                .isInstanceOf(ScoringException.class).hasMessageContaining("dimension[performance].item[visits]");
    }

    @Test
    void theSpecE1FormBreaksSchemeARangesAndIsRefusedWhenRangesBlock() {
        assertThatThrownBy(() -> e1WithSchemeARanges(RangePolicy.BLOCK))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("dimension 业绩指标 weighs 80%, outside its range 50–60%");
    }

    @Test
    void theSpecE1FormIsAcceptedWithAWarningWhenRangesOnlyWarn() {
        Scheme scheme = e1WithSchemeARanges(RangePolicy.WARN);
        assertThat(scheme.warnings()).singleElement()
                .satisfies(w -> assertThat(w.zh()).isEqualTo("维度 业绩指标 的权重 80% 超出允许范围 50–60%"));
    }

    private static Scheme e1WithSchemeARanges(RangePolicy policy) {
        return new Scheme("E1-A", 1, java.util.List.of(
                Fixtures.E1.dimensions().get(0).withRange("50", "60"),
                Fixtures.E1.dimensions().get(1).withRange("20", "30")), policy, java.util.List.of());
    }

    @Test
    void duplicateItemCodesAreRefused() {
        assertThatThrownBy(() -> Scheme.of("bad",
                Dimension.of("a", "A", "50", Item.measured("sales", "销售额", "50", "100", TierTable.SOURCE_000)),
                Dimension.of("b", "B", "50", Item.measured("sales", "销售额", "50", "100", TierTable.SOURCE_000))))
                .isInstanceOf(ScoringException.class).hasMessageContaining("item 销售额 appears twice");
    }
}
