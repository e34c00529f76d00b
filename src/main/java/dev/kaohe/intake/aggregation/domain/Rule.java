package dev.kaohe.intake.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure over named fields, with the factor its result is shown in (100 for percent) and the decimals it is
 * rounded to (HALF_UP). Turns a {@link Tally} into an {@link Outcome} that explains itself.
 */
public record Rule(Measure measure, String field, String secondField, TimeUnit timeUnit, BigDecimal factor, int decimals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rule {
        factor = factor == null ? BigDecimal.ONE : factor;
        timeUnit = timeUnit == null ? TimeUnit.WORKING_HOURS : timeUnit;
    }

    public Outcome outcome(Tally t) {
        String n = String.valueOf(t.records());
        return switch (measure) {
            case SUM -> value(t.a(), "sum", n, field, plain(t.a()));
            case COUNT -> value(BigDecimal.valueOf(t.records()), "count", n);
            case DISTINCT_COUNT -> value(t.a(), "distinct", n, field, plain(t.a()));
            case AVERAGE -> divide(t.a(), t.b(), "average", n, field, plain(t.a()), plain(t.b()));
            case RATIO -> divide(t.a(), t.b(), "ratio", n, field, plain(t.a()), secondField, plain(t.b()));
            case SHARE -> divide(t.a(), t.b(), "share", n, field, plain(t.a()), plain(t.b()));
            case NET_PROMOTER -> netPromoter(t, n);
            case TIME_BETWEEN -> divide(t.a(), t.b(), "time." + timeUnit.name().toLowerCase(java.util.Locale.ROOT),
                    n, field, secondField, plain(t.a()), plain(t.b()), plain(t.c() == null ? BigDecimal.ZERO : t.c()));
            case GROWTH -> growth(t, n);
        };
    }

    private Outcome value(BigDecimal raw, String key, String... args) {
        if (raw == null || "0".equals(args[0])) {
            return none("noRecords", args[0]);
        }
        return new Outcome(round(raw.multiply(factor)), explain(key, args));
    }

    private Outcome divide(BigDecimal numerator, BigDecimal denominator, String key, String... args) {
        if ("0".equals(args[0])) {
            return none("noRecords", args[0]);
        }
        if (denominator == null || denominator.signum() == 0) {
            return none("zeroDenominator", args);
        }
        BigDecimal numeratorValue = numerator == null ? BigDecimal.ZERO : numerator;
        return new Outcome(round(numeratorValue.multiply(factor).divide(denominator, decimals + 6, RoundingMode.HALF_UP)), explain(key, args));
    }

    private Outcome netPromoter(Tally t, String n) {
        BigDecimal answers = t.b();
        if (t.records() == 0) {
            return none("noRecords", n);
        }
        if (answers == null || answers.signum() == 0) {
            return none("zeroDenominator", n, field);
        }
        BigDecimal promoters = t.a() == null ? BigDecimal.ZERO : t.a();
        BigDecimal detractors = t.c() == null ? BigDecimal.ZERO : t.c();
        BigDecimal score = promoters.subtract(detractors).multiply(HUNDRED).divide(answers, decimals + 6, RoundingMode.HALF_UP);
        return new Outcome(round(score), explain("nps", n, field, plain(promoters), plain(detractors), plain(answers)));
    }

    private Outcome growth(Tally t, String n) {
        if (t.b() == null) {
            return none("noPrevious", n, field);
        }
        if (t.b().signum() == 0) {
            return none("zeroPrevious", n, field, plain(t.a() == null ? BigDecimal.ZERO : t.a()));
        }
        BigDecimal current = t.a() == null ? BigDecimal.ZERO : t.a();
        BigDecimal change = current.subtract(t.b()).multiply(HUNDRED).divide(t.b().abs(), decimals + 6, RoundingMode.HALF_UP);
        return new Outcome(round(change), explain("growth", n, field, plain(current), plain(t.b())));
    }

    private BigDecimal round(BigDecimal raw) {
        return raw.setScale(decimals, RoundingMode.HALF_UP);
    }

    private Outcome none(String reason, String... args) {
        return new Outcome(null, explain("none." + reason, args));
    }

    private Explanation explain(String key, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        String english = switch (key) {
            case "sum" -> "sum of %s over %s records = %s".formatted(field, args[0], args[2]);
            case "count" -> "count of %s records".formatted(args[0]);
            case "distinct" -> "%s distinct values of %s in %s records".formatted(args[2], field, args[0]);
            case "average" -> "average of %s: %s ÷ %s values (%s records)".formatted(field, args[2], args[3], args[0]);
            case "ratio" -> "%s ÷ %s: %s ÷ %s (%s records)".formatted(field, secondField, args[2], args[4], args[0]);
            case "share" -> "share of %s: %s of %s (%s records)".formatted(field, args[2], args[3], args[0]);
            case "nps" -> "NPS on %s: (%s promoters − %s detractors) ÷ %s answers (%s records)"
                    .formatted(field, args[2], args[3], args[4], args[0]);
            case "growth" -> "growth of %s: %s against %s in the previous period (%s records)".formatted(field, args[2], args[3], args[0]);
            case "none.noRecords" -> "no value: no records";
            case "none.zeroDenominator" -> "no value: the denominator is zero (%s records)".formatted(args[0]);
            case "none.noPrevious" -> "no value: no previous period to compare with (%s records)".formatted(args[0]);
            case "none.zeroPrevious" -> "no value: the previous period's %s is zero (%s records)".formatted(field, args[0]);
            default -> key.startsWith("time.")
                    ? "average %s from %s to %s: %s ÷ %s pairs (%s records, %s left out)".formatted(
                    key.substring(5).replace('_', ' '), field, secondField, args[3], args[4], args[0], args[5])
                    : key;
        };
        if (factor.compareTo(BigDecimal.ONE) != 0 && !key.startsWith("none.") && !key.equals("nps") && !key.equals("growth")) {
            english = english + " × " + plain(factor);
        }
        return new Explanation("aggregation.explain." + key, all, english);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
