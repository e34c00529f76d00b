package dev.kaohe.scoring.domain;

import java.util.Map;

/** SPEC §3 E1: 2023 Q3 assessment of a sales representative (营销团队绩效考核表). */
final class Fixtures {

    static final Scheme E1 = Scheme.of("E1-2023Q3",
            Dimension.of("performance", "业绩指标", "80",
                    Item.measured("sales", "销售额", "50", "100", TierTable.SOURCE_000),
                    Item.measured("newCustomers", "新客户开发数", "30", "6", TierTable.SOURCE_000)),
            Dimension.of("competency", "能力素质", "20",
                    Item.measured("communication", "客户沟通能力", "20", "4.5", ThresholdRule.MET_100_MISSED_0)));

    static Participant xiaoMing() {
        return Participant.of("xiaoming", Map.of(
                "sales", ItemInput.actual("120"),
                "newCustomers", ItemInput.actual("8"),
                "communication", ItemInput.actual("4.8")));
    }

    private Fixtures() {
    }
}
