package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SMART checklist (R32, R34): each failure names its criterion and why, and a vague goal gets a
 * rewrite suggestion. Vague verbs (提升, 加强, improve …) are configurable; they fail the check only
 * when nothing in the goal can be measured.
 */
public final class SmartCheck {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final List<String> BRAND_WORDS = List.of("品牌影响力", "品牌知名度", "brand influence", "brand awareness", "brand impact");

    private final List<String> vagueVerbs;

    public SmartCheck(List<String> vagueVerbs) {
        this.vagueVerbs = vagueVerbs.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * What a goal (or a key result) says about itself.
     *
     * @param subject        null for the goal itself, e.g. {@code KR2} for a key result
     * @param parentRequired whether the goal must trace to a parent (team and individual goals)
     * @param measuredByKeyResults an OKR objective is measured by its key results, not by its own number
     */
    public record Input(String subject, String title, BigDecimal target, String unit, LocalDate dueDate, boolean hasOwner,
                        String dataSource, boolean parentRequired, boolean hasParent, BigDecimal challenge,
                        boolean measuredByKeyResults) {
    }

    public SmartResult check(Input in) {
        List<SmartIssue> issues = new ArrayList<>();
        String title = in.title() == null ? "" : in.title().strip();
        String lower = title.toLowerCase(Locale.ROOT);
        boolean numberInTitle = DIGIT.matcher(title).find();
        boolean measurable = in.measuredByKeyResults() || in.target() != null || numberInTitle;
        String vague = vagueVerbs.stream().filter(lower::contains).findFirst().orElse(null);
        if (vague != null && !measurable) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.SPECIFIC, "vagueVerb", vague));
        }
        if (!measurable) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.MEASURABLE, "noNumber", null));
        }
        if (!in.measuredByKeyResults() && blank(in.unit()) && !title.contains("%")) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.MEASURABLE, "noUnit", null));
        }
        if (!in.measuredByKeyResults() && blank(in.dataSource())) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.MEASURABLE, "noDataSource", null));
        }
        if (!in.hasOwner()) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.SPECIFIC, "noOwner", null));
        }
        if (in.target() != null && in.challenge() != null && in.challenge().signum() < 0) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.ACHIEVABLE, "negativeChallenge", in.challenge().toPlainString()));
        }
        if (in.parentRequired() && !in.hasParent()) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.RELEVANT, "noParent", null));
        }
        if (in.dueDate() == null) {
            issues.add(new SmartIssue(in.subject(), SmartCriterion.TIME_BOUND, "noDeadline", null));
        }
        return new SmartResult(issues, issues.isEmpty() ? null : suggest(title, lower, vague, in));
    }

    private Suggestion suggest(String title, String lower, String vague, Input in) {
        if (BRAND_WORDS.stream().anyMatch(lower::contains)) {
            return new Suggestion("brandInfluence", List.of());
        }
        String subject = title;
        if (vague != null) {
            int at = lower.indexOf(vague);
            subject = (title.substring(0, at) + title.substring(at + vague.length())).strip();
        }
        String target = in.target() == null ? "X" : in.target().stripTrailingZeros().toPlainString();
        String unit = blank(in.unit()) ? "%" : in.unit().strip();
        String due = in.dueDate() == null ? "" : in.dueDate().toString();
        return new Suggestion("generic", List.of(subject.isEmpty() ? title : subject, target, unit, due));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One failed criterion: {@code code} names the reason (noNumber, noUnit, vagueVerb …), {@code detail} its value. */
    public record SmartIssue(String subject, SmartCriterion criterion, String code, String detail) {
    }

    /** A rewrite proposal: {@code code} selects the wording, {@code args} fill it. */
    public record Suggestion(String code, List<String> args) {
    }

    public record SmartResult(List<SmartIssue> issues, Suggestion suggestion) {

        public boolean passed() {
            return issues.isEmpty();
        }

        /** A short storable form: {@code M:noUnit,T:noDeadline}. */
        public String codes() {
            return String.join(",", issues.stream()
                    .map(i -> (i.subject() == null ? "" : i.subject() + "/") + i.criterion().name().charAt(0) + ":" + i.code())
                    .toList());
        }

        public SmartResult plus(SmartResult other) {
            List<SmartIssue> all = new ArrayList<>(issues);
            all.addAll(other.issues());
            return new SmartResult(all, suggestion != null ? suggestion : other.suggestion());
        }
    }
}
