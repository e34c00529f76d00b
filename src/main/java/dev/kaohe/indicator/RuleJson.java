package dev.kaohe.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SchemeSpecs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** An indicator's default scoring rule: the scoring module's {@link RuleSpec} as JSON, checked by the engine. */
@Component
public class RuleJson {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SchemeJson json;
    private final Messages messages;

    RuleJson(SchemeJson json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Problems of the rule, named {@code field} (or {@code field.tiers[1]} …); the engine judges it inside a one-item scheme. */
    List<FieldProblem> check(String field, RuleSpec rule, ItemSpec.Direction direction, BigDecimal target) {
        if (rule.type() == null) {
            return List.of(new FieldProblem(field, null, messages.get("indicator.error.ruleJson")));
        }
        ItemSpec item = new ItemSpec("item", "item", null, HUNDRED, direction, target == null ? BigDecimal.ONE : target,
                ItemSpec.Source.MEASURED, rule, null);
        SchemeSpec probe = new SchemeSpec("probe", "probe", 1, SchemeSpec.RangePolicy.WARN,
                List.of(new DimensionSpec("d", "d", HUNDRED, null, null, List.of(item))));
        Locale locale = LocaleContextHolder.getLocale();
        String prefix = "dimensions[d].items[item].rule";
        return SchemeSpecs.validate(probe, locale).stream()
                .map(p -> new FieldProblem(p.field().startsWith(prefix) ? field + p.field().substring(prefix.length()) : field,
                        p.value(), p.message()))
                .toList();
    }

    String write(RuleSpec rule) {
        return json.write(rule);
    }

    /** A rule typed as JSON text (web forms, spreadsheets); null when blank; refused naming {@code field}. */
    public RuleSpec parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        RuleSpec rule = null;
        try {
            rule = json.rule(text);
        } catch (JacksonException | IllegalArgumentException e) {
            // reported below
        }
        if (rule == null || rule.type() == null) {
            throw new InvalidInputException(List.of(new FieldProblem(field, text, messages.get("indicator.error.ruleJson"))));
        }
        return rule;
    }

    /** The rule as JSON text for a form field, without the fields its type does not use. */
    public String text(RuleSpec rule) {
        return rule == null ? null : json.compact(rule);
    }
}
