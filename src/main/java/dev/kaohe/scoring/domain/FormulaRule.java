package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;

/**
 * Administrator formula, evaluated with EvalEx on BigDecimal. It sees only named numbers: {@code actual},
 * {@code target}, {@code achievement} (percent; present when the item has a target) and the extra inputs
 * the formula declares. It is checked when built: a syntax error or a reference to any other name is
 * refused, naming it. Arrays and structures are off, so a formula cannot reach into anything but numbers.
 * The result is kept between {@code floor} and {@code cap} when they are given.
 */
public final class FormulaRule implements ScoringRule {

    public static final String ACTUAL = "actual";
    public static final String TARGET = "target";
    public static final String ACHIEVEMENT = "achievement";
    private static final Set<String> STANDARD = Set.of(ACTUAL, TARGET, ACHIEVEMENT);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(new MathContext(34, Decimals.ROUNDING))
            .arraysAllowed(false)
            .structuresAllowed(false)
            .build();

    private final String expression;
    private final Set<String> extraInputs;
    private final BigDecimal floor;
    private final BigDecimal cap;
    private final Expression parsed;
    private final Set<String> used;

    public FormulaRule(String expression, Set<String> extraInputs, BigDecimal floor, BigDecimal cap) {
        if (expression == null || expression.isBlank()) {
            throw ScoringException.of("formula", "公式不能为空", "the formula is empty");
        }
        this.expression = expression.strip();
        this.extraInputs = Collections.unmodifiableSet(new TreeSet<>(extraInputs == null ? Set.of() : extraInputs));
        this.floor = floor;
        this.cap = cap;
        for (String input : this.extraInputs) {
            if (!NAME.matcher(input).matches() || STANDARD.contains(input.toLowerCase(Locale.ROOT))) {
                throw ScoringException.of("formula.input[" + input + "]", "输入名 \"" + input + "\" 不可用",
                        "the input name \"" + input + "\" cannot be used");
            }
        }
        this.parsed = new Expression(this.expression, CONFIGURATION);
        Set<String> variables;
        try {
            parsed.validate();
            variables = parsed.getUsedVariables();
        } catch (ParseException e) {
            throw ScoringException.of("formula", "公式无法解析: " + e.getMessage(), "the formula cannot be parsed: " + e.getMessage());
        }
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(STANDARD);
        known.addAll(this.extraInputs);
        Set<String> constants = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        constants.addAll(parsed.getConstants().keySet());
        List<ScoringException.Problem> problems = new ArrayList<>();
        Set<String> usedInputs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String variable : new TreeSet<>(variables)) {
            if (known.contains(variable)) {
                usedInputs.add(variable);
            } else if (!constants.contains(variable)) {
                problems.add(new ScoringException.Problem("formula.input[" + variable + "]",
                        "公式引用了未知输入 \"" + variable + "\"(可用: " + String.join(", ", known) + ")",
                        "the formula refers to the unknown input \"" + variable + "\" (available: " + String.join(", ", known) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        this.used = Collections.unmodifiableSet(usedInputs);
    }

    public static FormulaRule of(String expression, String... extraInputs) {
        return new FormulaRule(expression, Set.of(extraInputs), null, null);
    }

    public String expression() {
        return expression;
    }

    public Set<String> extraInputs() {
        return extraInputs;
    }

    public BigDecimal floor() {
        return floor;
    }

    public BigDecimal cap() {
        return cap;
    }

    @Override
    public boolean needsTarget() {
        return used.contains(TARGET) || used.contains(ACHIEVEMENT);
    }

    @Override
    public RuleOutcome apply(Measurement m) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Achievement achievement = null;
        if (m.value() != null) {
            values.put(ACTUAL, m.value());
        }
        if (m.target() != null) {
            values.put(TARGET, m.target());
            if (m.value() != null && used.contains(ACHIEVEMENT)) {
                achievement = m.achievement();
                values.put(ACHIEVEMENT, achievement.percent());
            }
        }
        Map<String, BigDecimal> given = new HashMap<>();
        m.inputs().forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
        for (String input : extraInputs) {
            BigDecimal v = given.get(input.toLowerCase(Locale.ROOT));
            if (v != null) {
                values.put(input, v);
            }
        }
        for (String name : used) {
            if (values.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                throw ScoringException.of("formula.input[" + name + "]", "缺少公式输入 \"" + name + "\"",
                        "the formula input \"" + name + "\" is missing");
            }
        }
        BigDecimal raw;
        try {
            Expression run = parsed.copy();
            values.forEach(run::with);
            EvaluationValue result = run.evaluate();
            if (!result.isNumberValue()) {
                throw ScoringException.of("formula", "公式结果不是数字", "the formula did not produce a number");
            }
            raw = result.getNumberValue();
        } catch (EvaluationException | ParseException e) {
            throw ScoringException.of("formula", "公式计算失败: " + e.getMessage(), "the formula failed: " + e.getMessage());
        }
        BigDecimal score = Decimals.score(Decimals.clamp(raw, floor, cap));
        return new RuleOutcome(score, achievement, new Evaluated(expression, Map.copyOf(values), Decimals.score(raw), score));
    }

    public record Evaluated(String expression, Map<String, BigDecimal> inputs, BigDecimal raw, BigDecimal score)
            implements Describable {
        @Override
        public String describe(Locale locale) {
            String vars = inputs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            String base = Describable.pick(locale, "公式 ", "formula ") + expression + " (" + vars + ") = " + Decimals.show(raw);
            return raw.compareTo(score) == 0 ? base
                    : base + Describable.pick(locale, ",限定为 ", ", limited to ") + Decimals.show(score);
        }
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, "公式 ", "formula ") + expression;
    }

    @Override
    public String toString() {
        return "FormulaRule[" + expression + "]";
    }
}
