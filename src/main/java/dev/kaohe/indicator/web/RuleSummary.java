package dev.kaohe.indicator.web;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import dev.kaohe.scoring.RuleSpec;

/** A rule in one short line for tables ("≥100→100 · [90,100)→80 · <90→60"); the JSON stays the exact form. */
public final class RuleSummary {

    private RuleSummary() {
    }

    public static String of(RuleSpec rule) {
        if (rule == null || rule.type() == null) {
            return "—";
        }
        return switch (rule.type()) {
            case TIER_TABLE -> rule.tiers() == null || rule.tiers().isEmpty() ? "TIER " + rule.preset()
                    : rule.tiers().stream().map(t -> band(t) + "→" + n(t.points())).collect(Collectors.joining(" · "));
            case LINEAR -> "LINEAR ×" + n(rule.slope()) + " [" + n(rule.floor()) + ", " + n(rule.cap()) + "]";
            case THRESHOLD -> (Boolean.TRUE.equals(rule.strict()) ? ">" : "≥") + (rule.threshold() == null ? "target" : n(rule.threshold()))
                    + " → " + n(rule.metScore()) + " / " + n(rule.missedScore());
            case RATING_SCALE -> n(rule.min()) + "–" + n(rule.max()) + " → " + n(rule.scoreAtMin()) + "–" + n(rule.scoreAtMax());
            case OKR_PROGRESS -> "OKR 0–" + n(rule.fullProgress()) + " → 0–" + n(rule.fullScore());
            case FORMULA -> "= " + rule.expression();
            case MANUAL -> "MANUAL " + n(rule.min()) + "–" + n(rule.max());
        };
    }

    private static String band(RuleSpec.TierSpec t) {
        if (t.upper() == null) {
            return (Boolean.FALSE.equals(t.lowerClosed()) ? ">" : "≥") + n(t.lower());
        }
        if (t.lower() == null) {
            return (Boolean.TRUE.equals(t.upperClosed()) ? "≤" : "<") + n(t.upper());
        }
        return (Boolean.FALSE.equals(t.lowerClosed()) ? "(" : "[") + n(t.lower()) + "," + n(t.upper())
                + (Boolean.TRUE.equals(t.upperClosed()) ? "]" : ")");
    }

    static String n(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
