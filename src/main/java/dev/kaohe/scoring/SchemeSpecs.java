package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.Scheme;
import dev.kaohe.scoring.internal.SettingsMapping;
import dev.kaohe.scoring.internal.SpecMapping;

import static dev.kaohe.scoring.RuleSpec.TierSpec;

/**
 * Scheme and settings specs ↔ the engine, and the presets of the source documents' schemes. Plain static
 * functions with no framework, usable from any module.
 *
 * <p>Problems are returned as {@link FieldProblem}s named by the spec's field, e.g.
 * {@code dimensions[performance].items[sales].weight} or {@code dimensions[performance].items[sales].rule.tiers[1]},
 * with the engine's message in the language asked for (Chinese when none is given).
 */
public final class SchemeSpecs {

    public static final String PRESET_A = "PRESET-A";
    public static final String PRESET_B = "PRESET-B";
    public static final String PRESET_C = "PRESET-C";
    public static final String PRESET_D = "PRESET-D";
    public static final String PRESET_E = "PRESET-E";

    private static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private SchemeSpecs() {
    }

    /** The engine's scheme; a spec with problems is refused with all of them (400 in the API). */
    public static Scheme toDomain(SchemeSpec spec) {
        return toDomain(spec, DEFAULT_LOCALE);
    }

    public static Scheme toDomain(SchemeSpec spec, Locale locale) {
        SpecMapping.Built<Scheme> built = SpecMapping.scheme(spec, locale);
        if (!built.ok()) {
            throw new InvalidInputException(built.problems());
        }
        return built.value();
    }

    public static EvaluationSettings settingsToDomain(SettingsSpec spec) {
        return settingsToDomain(spec, "settings", DEFAULT_LOCALE);
    }

    /** Settings for the engine; problems are named under {@code prefix} (e.g. {@code settings.distribution.bands[1]}). */
    public static EvaluationSettings settingsToDomain(SettingsSpec spec, String prefix, Locale locale) {
        SpecMapping.Built<EvaluationSettings> built = SettingsMapping.settings(spec, prefix, locale);
        if (!built.ok()) {
            throw new InvalidInputException(built.problems());
        }
        return built.value();
    }

    /** Everything that keeps {@code spec} from being a valid scheme; empty when it is one. */
    public static List<FieldProblem> validate(SchemeSpec spec) {
        return validate(spec, DEFAULT_LOCALE);
    }

    public static List<FieldProblem> validate(SchemeSpec spec, Locale locale) {
        return SpecMapping.scheme(spec, locale).problems();
    }

    /** Range breaches a {@code WARN} scheme reports instead of refusing (empty for an invalid scheme). */
    public static List<FieldProblem> warnings(SchemeSpec spec, Locale locale) {
        return SpecMapping.scheme(spec, locale).warnings();
    }

    public static List<FieldProblem> validateSettings(SettingsSpec spec, Locale locale) {
        return SettingsMapping.settings(spec, "settings", locale).problems();
    }

    /** The spec of an engine scheme (the engine keeps no scheme name or indicator codes). */
    public static SchemeSpec fromDomain(Scheme scheme, String name) {
        return SpecMapping.toSpec(scheme, name);
    }

    public static List<SchemeSpec> presets() {
        return List.of(presetA(), presetB(), presetC(), presetD(), presetE());
    }

    public static Optional<SchemeSpec> preset(String code) {
        return presets().stream().filter(p -> p.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /**
     * Scheme A (source 000, R55): 业绩指标 60% (allowed 50–60%), 能力素质 25% (20–30%), 成长与创新 15% (10–20%);
     * measured items on tier table 000, competencies rated on 1–5 by the manager.
     */
    public static SchemeSpec presetA() {
        return new SchemeSpec(PRESET_A, "方案 A(000):业绩 / 能力素质 / 成长与创新", 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec("performance", "业绩指标", d("60"), d("50"), d("60"), List.of(
                        measured("sales", "销售额", "SALES_AMOUNT", "30", "100", RuleSpec.tierPreset("000")),
                        measured("collectionRate", "回款率", "COLLECTION_RATE", "15", "95", RuleSpec.tierPreset("000")),
                        measured("newCustomers", "新客户开发数", "NEW_CUSTOMERS", "15", "6", RuleSpec.tierPreset("000")))),
                new DimensionSpec("competency", "能力素质", d("25"), d("20"), d("30"), List.of(
                        rated("communication", "客户沟通能力", "CUSTOMER_COMMUNICATION", "15"),
                        rated("teamwork", "团队协作", "TEAMWORK", "10"))),
                new DimensionSpec("growth", "成长与创新", d("15"), d("10"), d("20"), List.of(
                        measured("training", "培训参与率", "TRAINING_PARTICIPATION", "10", "100", linear("100")),
                        measured("proposals", "流程改进建议数", "PROPOSALS_ADOPTED", "5", "2", linear("100"))))));
    }

    /** Scheme B (source 003, R56, for ranking): 业绩指标 60%, 客户满意度 20%, 团队协作与创新贡献 20%. */
    public static SchemeSpec presetB() {
        return new SchemeSpec(PRESET_B, "方案 B(003):业绩 60 / 客户满意度 20 / 协作与创新 20", 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec("performance", "业绩指标", d("60"), null, null, List.of(
                        measured("sales", "销售额", "SALES_AMOUNT", "40", "100", linear("100")),
                        measured("conversionRate", "转化率", "CONVERSION_RATE", "20", "25", linear("100")))),
                new DimensionSpec("satisfaction", "客户满意度", d("20"), null, null, List.of(
                        measured("csat", "客户满意度评分", "CSAT", "20", null,
                                RuleSpec.ratingScale(d("1"), d("5"), d("0"), d("100"))))),
                new DimensionSpec("collaboration", "团队协作与创新贡献", d("20"), null, null, List.of(
                        rated("teamwork", "团队协作", "TEAMWORK", "10"),
                        measured("proposals", "创新提案数", "PROPOSALS_ADOPTED", "10", "2", linear("100"))))));
    }

    /**
     * Scheme C (source 004, R57): 结果类 65% (allowed 60–70%), 过程类 35% (30–40%); tier table 004, the cost of
     * acquisition lower-is-better.
     */
    public static SchemeSpec presetC() {
        return new SchemeSpec(PRESET_C, "方案 C(004):结果类 / 过程类", 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec("outcome", "结果类指标", d("65"), d("60"), d("70"), List.of(
                        measured("sales", "销售额", "SALES_AMOUNT", "35", "100", RuleSpec.tierPreset("004")),
                        measured("conversionRate", "转化率", "CONVERSION_RATE", "15", "25", RuleSpec.tierPreset("004")),
                        new ItemSpec("cac", "获客成本", "CAC", d("15"), ItemSpec.Direction.LOWER_IS_BETTER, d("800"),
                                ItemSpec.Source.MEASURED, RuleSpec.tierPreset("004"), null))),
                new DimensionSpec("process", "过程类指标", d("35"), d("30"), d("40"), List.of(
                        measured("contentOutput", "内容产出数", "CONTENT_OUTPUT", "15", "20", RuleSpec.tierPreset("004")),
                        measured("leadFollowUp", "线索跟进及时率", "LEAD_FOLLOWUP_RATE", "10", "95", linear("100")),
                        measured("training", "培训完成率", "TRAINING_COMPLETION_RATE", "10", "100", RuleSpec.tierPreset("004"))))));
    }

    /**
     * Scheme D (source 002, R58): 业务成果 / 行为质量 / 团队协同. The source names the three dimensions but gives no
     * weights; 50 / 30 / 20 is this preset's choice (results first, as in every other source), to be adjusted.
     */
    public static SchemeSpec presetD() {
        return new SchemeSpec(PRESET_D, "方案 D(002):业务成果 / 行为质量 / 团队协同", 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec("results", "业务成果", d("50"), null, null, List.of(
                        measured("sales", "销售额", "SALES_AMOUNT", "30", "100", RuleSpec.tierPreset("000")),
                        measured("collectionRate", "回款率", "COLLECTION_RATE", "20", "95", RuleSpec.tierPreset("000")))),
                new DimensionSpec("behaviour", "行为质量", d("30"), null, null, List.of(
                        rated("needsDiscovery", "客户需求挖掘深度", "NEEDS_DISCOVERY_DEPTH", "15"),
                        rated("communication", "客户沟通能力", "CUSTOMER_COMMUNICATION", "15"))),
                new DimensionSpec("collaboration", "团队协同", d("20"), null, null, List.of(
                        rated("teamwork", "团队协作", "TEAMWORK", "10"),
                        measured("crossDeptResponse", "跨部门响应及时率", "CROSS_DEPT_RESPONSE", "10", "90", linear("100"))))));
    }

    /**
     * Scheme E (source 003 §13, R59): sales, CSAT, campaign ROI and innovation proposals in the ratio 5:3:2. The
     * source gives three numbers for four items (Appendix A C14); this preset reads it as sales 50, customer and
     * return 30 (CSAT 15 + campaign ROI 15), innovation 20.
     */
    public static SchemeSpec presetE() {
        return new SchemeSpec(PRESET_E, "方案 E(003):销售 5 / 客户与回报 3 / 创新 2", 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec("sales", "销售", d("50"), null, null, List.of(
                        measured("sales", "销售额", "SALES_AMOUNT", "50", "100", linear("100")))),
                new DimensionSpec("customerReturn", "客户与回报", d("30"), null, null, List.of(
                        measured("csat", "客户满意度评分", "CSAT", "15", null, RuleSpec.ratingScale(d("1"), d("5"), d("0"), d("100"))),
                        measured("campaignRoi", "活动投资回报率", "CAMPAIGN_ROI", "15", "300", linear("120")))),
                new DimensionSpec("innovation", "创新", d("20"), null, null, List.of(
                        measured("proposals", "创新提案数", "PROPOSALS_ADOPTED", "20", "2", linear("100"))))));
    }

    /** A tier table spelled out, e.g. the 000 table as tiers rather than a preset name. */
    public static RuleSpec tiers(TierSpec... tiers) {
        return RuleSpec.tiers(List.of(tiers));
    }

    private static ItemSpec measured(String code, String name, String indicator, String weight, String target, RuleSpec rule) {
        return new ItemSpec(code, name, indicator, d(weight), ItemSpec.Direction.HIGHER_IS_BETTER, target == null ? null : d(target),
                ItemSpec.Source.MEASURED, rule, null);
    }

    private static ItemSpec rated(String code, String name, String indicator, String weight) {
        return new ItemSpec(code, name, indicator, d(weight), ItemSpec.Direction.HIGHER_IS_BETTER, null, ItemSpec.Source.RATED,
                RuleSpec.ratingScale(d("1"), d("5"), d("0"), d("100")), null);
    }

    private static RuleSpec linear(String cap) {
        return RuleSpec.linear(BigDecimal.ONE, BigDecimal.ZERO, d(cap));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

}
