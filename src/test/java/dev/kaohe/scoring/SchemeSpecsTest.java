package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.ForcedDistribution;
import dev.kaohe.scoring.domain.GradeScale;
import dev.kaohe.scoring.domain.Dimension;
import dev.kaohe.scoring.domain.Scheme;
import dev.kaohe.scoring.domain.TierTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeSpecsTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static SchemeSpec oneItem(RuleSpec rule, String target) {
        return new SchemeSpec("S", "s", 1, null, List.of(new DimensionSpec("业绩", "业绩", d("100"), null, null, List.of(
                new ItemSpec("销售额", "销售额", null, d("100"), ItemSpec.Direction.HIGHER_IS_BETTER,
                        target == null ? null : d(target), ItemSpec.Source.MEASURED, rule, null)))));
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void everyRuleTypeSurvivesTheTripToTheEngineAndBack() {
        List<RuleSpec> rules = List.of(
                SchemeSpecs.tiers(new RuleSpec.TierSpec(d("100"), true, null, false, d("100.00")),
                        new RuleSpec.TierSpec(d("90"), true, d("100"), false, d("80.00")),
                        new RuleSpec.TierSpec(null, true, d("90"), false, d("60.00"))).withRoundAchievementTo(0),
                RuleSpec.linear(d("1.2"), d("0"), d("120")),
                RuleSpec.threshold(d("4.5"), d("100"), d("60"), true),
                RuleSpec.ratingScale(d("1"), d("5"), d("0"), d("100")),
                RuleSpec.okrProgress(d("1"), d("100")),
                RuleSpec.formula("actual / target * 100 + bonus", List.of("bonus"), d("0"), d("110")),
                RuleSpec.manual(d("0"), d("100")));
        for (RuleSpec rule : rules) {
            SchemeSpec spec = oneItem(rule, "4.5");
            Scheme scheme = SchemeSpecs.toDomain(spec);
            SchemeSpec back = SchemeSpecs.fromDomain(scheme, "s");
            assertThat(back.dimensions().get(0).items().get(0).rule()).as(rule.type().name()).usingRecursiveComparison()
                    .withComparatorForType(java.util.Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class).isEqualTo(rule);
            assertThat(SchemeSpecs.fromDomain(SchemeSpecs.toDomain(back), "s")).as(rule.type().name()).isEqualTo(back);
        }
    }

    @Test
    void aTierPresetNameGivesTheSourceTable() {
        Scheme scheme = SchemeSpecs.toDomain(oneItem(RuleSpec.tierPreset("004"), "100"));
        assertThat(scheme.items().get(0).rule()).isEqualTo(TierTable.SOURCE_004);
        RuleSpec back = SchemeSpecs.fromDomain(scheme, null).items().get(0).rule();
        assertThat(back.preset()).isEqualTo("004");
        assertThat(back.tiers()).hasSize(4);
    }

    @Test
    void everySourceSchemeIsValidAndKeepsItsRangesAndRatios() {
        for (SchemeSpec preset : SchemeSpecs.presets()) {
            assertThat(SchemeSpecs.validate(preset)).as(preset.code()).isEmpty();
        }
        Scheme a = SchemeSpecs.toDomain(SchemeSpecs.presetA());
        assertThat(a.dimensions()).extracting(x -> x.name() + " " + x.minWeight() + "–" + x.maxWeight())
                .containsExactly("业绩指标 50–60", "能力素质 20–30", "成长与创新 10–20");
        assertThat(SchemeSpecs.toDomain(SchemeSpecs.presetB()).dimensions()).extracting(x -> x.weight().intValue())
                .containsExactly(60, 20, 20);
        assertThat(SchemeSpecs.toDomain(SchemeSpecs.presetC()).dimensions()).extracting(x -> x.minWeight() + "–" + x.maxWeight())
                .containsExactly("60–70", "30–40");
        assertThat(SchemeSpecs.toDomain(SchemeSpecs.presetE()).dimensions()).extracting(x -> x.weight().intValue())
                .as("003 §13 ratio 5:3:2").containsExactly(50, 30, 20);
        assertThat(SchemeSpecs.toDomain(SchemeSpecs.presetD()).dimensions()).extracting(Dimension::name)
                .as("002's three dimensions").containsExactly("业务成果", "行为质量", "团队协同");
    }

    @Test
    void weightsThatDoNotTotalAHundredAreRefusedNamingTheDimension() {
        SchemeSpec spec = new SchemeSpec("S", "s", 1, null, List.of(
                new DimensionSpec("业绩", "业绩", d("80"), null, null, List.of(
                        new ItemSpec("销售额", "销售额", null, d("70"), null, d("100"), null, RuleSpec.tierPreset("000"), null))),
                new DimensionSpec("能力", "能力", d("10"), null, null, List.of(
                        new ItemSpec("沟通", "沟通", null, d("10"), null, null, ItemSpec.Source.RATED,
                                RuleSpec.ratingScale(null, null, null, null), null)))));
        List<FieldProblem> problems = SchemeSpecs.validate(spec, Locale.ENGLISH);
        assertThat(fields(problems)).contains("dimensions[业绩].weight", "dimensions");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("total 90%"));
    }

    @Test
    void overlappingTiersAreRefusedNamingTheTier() {
        RuleSpec rule = SchemeSpecs.tiers(RuleSpec.TierSpec.of("100", null, "100"),
                RuleSpec.TierSpec.of("80", "100", "80"), new RuleSpec.TierSpec(null, true, d("85"), false, d("60")));
        List<FieldProblem> problems = SchemeSpecs.validate(oneItem(rule, "100"), Locale.ENGLISH);
        assertThat(fields(problems)).containsExactly("dimensions[业绩].items[销售额].rule.tiers[1]");
        assertThat(problems.get(0).message()).contains("overlaps");
    }

    @Test
    void aFormulaWithAnUnknownInputIsRefusedNamingIt() {
        List<FieldProblem> problems = SchemeSpecs.validate(oneItem(RuleSpec.formula("actual * bonus", null, null, null), "1"),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(fields(problems)).containsExactly("dimensions[业绩].items[销售额].rule.expression");
        assertThat(problems.get(0).message()).contains("未知输入").contains("bonus");
    }

    @Test
    void missingFieldsAreNamedOneByOne() {
        SchemeSpec spec = new SchemeSpec(null, null, null, null, List.of(new DimensionSpec("p", null, null, null, null, List.of(
                new ItemSpec("x", null, null, null, null, null, null, new RuleSpec(null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null), null),
                new ItemSpec("y", null, null, d("10"), null, null, null, RuleSpec.linear(null, null, null), null)))));
        assertThat(fields(SchemeSpecs.validate(spec))).containsExactlyInAnyOrder("code", "dimensions[p].weight",
                "dimensions[p].items[x].weight", "dimensions[p].items[x].rule.type", "dimensions[p].items[y].rule.slope");
        assertThatThrownBy(() -> SchemeSpecs.toDomain(spec)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRangeBreachWarnsInsteadOfBlockingWhenTheSchemeSaysSo() {
        SchemeSpec a = SchemeSpecs.presetA();
        DimensionSpec perf = a.dimensions().get(0);
        SchemeSpec tooMuch = new SchemeSpec("X", null, 1, SchemeSpec.RangePolicy.BLOCK, List.of(
                new DimensionSpec(perf.code(), perf.name(), d("60"), d("50"), d("55"), perf.items()),
                a.dimensions().get(1), a.dimensions().get(2)));
        assertThat(fields(SchemeSpecs.validate(tooMuch))).containsExactly("dimensions[performance].weight");
        SchemeSpec warned = new SchemeSpec("X", null, 1, SchemeSpec.RangePolicy.WARN, tooMuch.dimensions());
        assertThat(SchemeSpecs.validate(warned)).isEmpty();
        assertThat(fields(SchemeSpecs.warnings(warned, Locale.ENGLISH))).containsExactly("dimensions[performance].weight");
    }

    @Test
    void settingsDefaultToTheSourceScaleAndTakePresetsAndCustomBands() {
        EvaluationSettings defaults = SchemeSpecs.settingsToDomain(null);
        assertThat(defaults.gradeScale()).isEqualTo(GradeScale.SOURCE_000);
        assertThat(defaults.distribution()).isNull();

        SettingsSpec spec = SettingsSpec.defaults()
                .withDistribution(new SettingsSpec.DistributionSpec("003", null, null, SettingsSpec.Counting.EXCLUSIVE, null, null), "team")
                .withTeamLinkage(d("30"));
        EvaluationSettings s = SchemeSpecs.settingsToDomain(spec);
        assertThat(s.distribution().counting()).isEqualTo(ForcedDistribution.Counting.EXCLUSIVE);
        assertThat(s.officialGrade()).isEqualTo(EvaluationSettings.OfficialGrade.DISTRIBUTION);
        assertThat(s.distributionPopulation()).isEqualTo("team");
        assertThat(s.teamLinkage().share()).isEqualByComparingTo("30");

        SettingsSpec bad = SettingsSpec.defaults().withGradeScale(new SettingsSpec.GradeScaleSpec(null, "x", List.of(
                new SettingsSpec.GradeBand(new SettingsSpec.GradeLabel("A", null, null), d("80")),
                new SettingsSpec.GradeBand(new SettingsSpec.GradeLabel("B", null, null), d("80")),
                new SettingsSpec.GradeBand(new SettingsSpec.GradeLabel("C", null, null), null))));
        assertThat(fields(SchemeSpecs.validateSettings(bad, Locale.ENGLISH))).containsExactly("settings.gradeScale");
        SettingsSpec badBlend = new SettingsSpec(null, null, null, null, null, null, null, null,
                Map.of("MANAGER", d("60"), "BOSS", d("40")), null, null, null);
        assertThat(fields(SchemeSpecs.validateSettings(badBlend, Locale.ENGLISH))).containsExactly("settings.raterBlend.BOSS");
    }
}
