package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static dev.kaohe.scoring.domain.Decimals.HUNDRED;

/**
 * The entry point: a scheme and its settings, applied to a population of participants, give one
 * {@link PersonResult} each.
 *
 * <p>Evaluation is deterministic and does not depend on the order of the participants: results come back
 * sorted by participant id, populations are ranked by score (then tie-break, then id only to fix an order
 * among equals, which never changes a rank or a grade). Participant ids must be unique.
 *
 * <p>Steps per person: each item is scored by its rule (rated items once per rater, then blended), weighted
 * into the composite and the dimension parts; team linkage; bonus points; the composite cap; the absolute
 * grade. Then, across complete results: ranks in the company and in each configured population, and the
 * forced distribution in each of them when one is set; the official grade comes from the scale or from the
 * distribution in the chosen population. An incomplete result (a missing input, a value outside its scale)
 * keeps its problems and takes no part in ranks or quotas.
 */
public final class Evaluation {

    private static final int PARALLEL_FROM = 2_000;

    private final Scheme scheme;
    private final EvaluationSettings settings;
    private final List<Item> items;
    private final Set<String> itemCodes;

    public Evaluation(Scheme scheme, EvaluationSettings settings) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.items = scheme.items();
        this.itemCodes = Set.copyOf(items.stream().map(Item::code).toList());
        if (settings.tieBreak() != null) {
            TieBreak tb = settings.tieBreak();
            boolean known = tb.kind() == TieBreak.Kind.DIMENSION
                    ? scheme.dimensions().stream().anyMatch(d -> d.code().equals(tb.code()))
                    : scheme.items().stream().anyMatch(i -> i.code().equals(tb.code()));
            if (!known) {
                throw ScoringException.of("settings.tieBreak", "同分排序依据 " + tb.code() + " 不在方案中",
                        "the tie-break " + tb.label() + " is not in the scheme");
            }
        }
    }

    public Scheme scheme() {
        return scheme;
    }

    public EvaluationSettings settings() {
        return settings;
    }

    public List<PersonResult> evaluate(Collection<Participant> participants) {
        Set<String> ids = new HashSet<>();
        for (Participant p : participants) {
            if (!ids.add(p.id())) {
                throw ScoringException.of("participant[" + p.id() + "]", "参与人重复", "the participant appears twice");
            }
        }
        Stream<Participant> stream = participants.size() >= PARALLEL_FROM ? participants.parallelStream() : participants.stream();
        List<PersonResult> scored = new ArrayList<>(stream.map(this::score).toList());
        scored.sort(Comparator.comparing(PersonResult::participantId));
        return place(scored);
    }

    /** One person, on their own: everything but the places in populations. */
    PersonResult score(Participant participant) {
        List<ScoringException.Problem> problems = new ArrayList<>();
        List<ItemResult> items = new ArrayList<>(this.items.size());
        List<DimensionResult> dimensions = new ArrayList<>(scheme.dimensions().size());
        BigDecimal composite = BigDecimal.ZERO;
        for (Dimension dimension : scheme.dimensions()) {
            BigDecimal dimensionSum = BigDecimal.ZERO;
            for (Item item : dimension.items()) {
                ItemResult result = scoreItem(dimension, item, participant.inputs().get(item.code()));
                items.add(result);
                if (result.problem() != null) {
                    problems.add(result.problem());
                } else {
                    dimensionSum = dimensionSum.add(result.contribution());
                }
            }
            BigDecimal dimensionScore = Decimals.score(dimensionSum.multiply(HUNDRED).divide(dimension.weight(), Decimals.WORK_SCALE, Decimals.ROUNDING));
            dimensions.add(new DimensionResult(dimension.code(), dimension.name(), dimension.weight(), dimensionScore, Decimals.score(dimensionSum)));
            composite = composite.add(dimensionSum);
        }
        composite = Decimals.score(composite);

        PersonResult.TeamPart team = null;
        BigDecimal running = composite;
        TeamLinkage linkage = settings.teamLinkage();
        if (linkage != null) {
            if (participant.teamAttainment() == null) {
                problems.add(new ScoringException.Problem("participant[" + participant.id() + "].teamAttainment",
                        "缺少团队目标达成率(团队联动需要)", "the team attainment is missing (team linkage needs it)"));
            } else {
                RuleOutcome teamOutcome = linkage.teamScore(participant.teamAttainment());
                BigDecimal own = HUNDRED.subtract(linkage.share());
                running = Decimals.score(composite.multiply(own).add(teamOutcome.score().multiply(linkage.share())).movePointLeft(2));
                team = new PersonResult.TeamPart(participant.teamAttainment(), teamOutcome, linkage.share(), composite, running);
            }
        }

        BigDecimal bonusTotal = BigDecimal.ZERO;
        for (int i = 0; i < participant.bonuses().size(); i++) {
            BonusPoints bonus = participant.bonuses().get(i);
            String path = "participant[" + participant.id() + "].bonus[" + i + "]";
            try {
                settings.bonus().check(bonus, path);
                if (bonus.itemCode() != null && !itemCodes.contains(bonus.itemCode())) {
                    throw ScoringException.of(path, "加分指向的指标 " + bonus.itemCode() + " 不在方案中",
                            "the bonus names item " + bonus.itemCode() + ", which is not in the scheme");
                }
                bonusTotal = bonusTotal.add(bonus.points());
            } catch (ScoringException e) {
                problems.addAll(e.problems());
            }
        }
        BigDecimal finalScore = Decimals.score(running.add(bonusTotal));
        BigDecimal cap = settings.bonus().compositeCap();
        BigDecimal appliedCap = null;
        if (cap != null && finalScore.compareTo(cap) > 0) {
            finalScore = Decimals.score(cap);
            appliedCap = finalScore;
        }

        boolean complete = problems.isEmpty();
        GradeScale.Assigned absolute = complete && settings.gradeScale() != null ? settings.gradeScale().assign(finalScore) : null;
        return new PersonResult(participant.id(), participant.groups(), scheme.code(), scheme.version(), List.copyOf(items),
                complete ? List.copyOf(dimensions) : List.of(), complete ? composite : null, team,
                participant.bonuses(), complete ? Decimals.score(bonusTotal) : null, appliedCap,
                complete ? finalScore : null, absolute, null, null, Map.of(), List.copyOf(problems));
    }

    private ItemResult scoreItem(Dimension dimension, Item item, ItemInput input) {
        String path = "dimension[" + dimension.code() + "].item[" + item.code() + "]";
        BigDecimal target = input != null && input.target() != null ? input.target() : item.target();
        BigDecimal actual = input == null ? null : input.actual();
        Map<String, BigDecimal> extras = input == null ? Map.of() : input.extras();
        try {
            if (item.source() == InputSource.MEASURED) {
                if (actual == null) {
                    return failed(dimension, item, actual, target, new ScoringException.Problem(path,
                            "指标 " + item.name() + " 缺少实际值", "item " + item.name() + " has no actual value"));
                }
                if (item.rule().needsTarget() && target == null) {
                    return failed(dimension, item, actual, target, new ScoringException.Problem(path,
                            "指标 " + item.name() + " 缺少目标值", "item " + item.name() + " has no target"));
                }
                RuleOutcome outcome = item.rule().apply(new Measurement(actual, target, item.direction(), extras, settings.achievement()));
                BigDecimal contribution = contribution(outcome.score(), item.weight());
                return new ItemResult(item.code(), item.name(), dimension.code(), item.weight(), actual, target, outcome,
                        Map.of(), null, outcome.score(), contribution, null);
            }
            Map<Rater, RuleOutcome> outcomes = new EnumMap<>(Rater.class);
            Map<Rater, BigDecimal> scores = new EnumMap<>(Rater.class);
            if (input != null) {
                for (Map.Entry<Rater, BigDecimal> rating : input.ratings().entrySet()) {
                    RuleOutcome outcome = item.rule().apply(new Measurement(rating.getValue(), target, item.direction(), extras, settings.achievement()));
                    outcomes.put(rating.getKey(), outcome);
                    scores.put(rating.getKey(), outcome.score());
                }
            }
            RaterBlend blend = item.blend() != null ? item.blend() : settings.blend();
            RaterBlend.Blend blended = blend.blend(scores);
            if (blended.score() == null) {
                return failed(dimension, item, actual, target, new ScoringException.Problem(path,
                        "指标 " + item.name() + " 没有计入权重的评分人提交评分(权重:" + blend.describe(java.util.Locale.CHINA) + ")",
                        "no weighted rater has rated item " + item.name() + " (weights: " + blend.describe(java.util.Locale.ENGLISH) + ")"));
            }
            return new ItemResult(item.code(), item.name(), dimension.code(), item.weight(), actual, target, null,
                    Map.copyOf(outcomes), blended, blended.score(), contribution(blended.score(), item.weight()), null);
        } catch (ScoringException e) {
            ScoringException.Problem p = e.problems().get(0);
            return failed(dimension, item, actual, target, new ScoringException.Problem(path,
                    "指标 " + item.name() + ":" + p.zh(), "item " + item.name() + ": " + p.en()));
        }
    }

    private static ItemResult failed(Dimension dimension, Item item, BigDecimal actual, BigDecimal target, ScoringException.Problem problem) {
        return new ItemResult(item.code(), item.name(), dimension.code(), item.weight(), actual, target, null, Map.of(), null,
                null, null, problem);
    }

    private static BigDecimal contribution(BigDecimal score, BigDecimal weight) {
        return Decimals.work(score.multiply(weight).movePointLeft(2));
    }

    private List<PersonResult> place(List<PersonResult> scored) {
        List<String> keys = new ArrayList<>();
        keys.add(EvaluationSettings.COMPANY);
        for (String key : settings.populations()) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        if (settings.distribution() != null && !keys.contains(settings.distributionPopulation())) {
            keys.add(settings.distributionPopulation());
        }
        Map<String, Integer> indexOf = new HashMap<>(scored.size() * 2);
        for (int i = 0; i < scored.size(); i++) {
            indexOf.put(scored.get(i).participantId(), i);
        }
        PersonResult.Place[][] placed = new PersonResult.Place[scored.size()][keys.size()];
        String tieLabel = settings.tieBreak() == null ? null : settings.tieBreak().label();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int column = k;
            Map<String, List<Candidate>> groups = new HashMap<>();
            for (PersonResult r : scored) {
                if (!r.complete()) {
                    continue;
                }
                String group = EvaluationSettings.COMPANY.equals(key) ? EvaluationSettings.COMPANY : r.groups().get(key);
                if (group != null) {
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Candidate(r.participantId(), r.finalScore(), tieKey(r)));
                }
            }
            groups.forEach((group, candidates) -> {
                String label = EvaluationSettings.COMPANY.equals(key) ? key : key + "=" + group;
                candidates.sort(Candidate.BEST_FIRST);
                Map<String, Ranking.Rank> ranks = Ranking.rankSorted(label, candidates, settings.rankBands());
                Map<String, ForcedDistribution.Placement> placements = settings.distribution() == null ? Map.of()
                        : settings.distribution().distributeSorted(label, candidates, tieLabel);
                for (Candidate c : candidates) {
                    placed[indexOf.get(c.id())][column] = new PersonResult.Place(key, group, ranks.get(c.id()), placements.get(c.id()));
                }
            });
        }
        List<PersonResult> results = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            PersonResult r = scored.get(i);
            if (!r.complete()) {
                results.add(r);
                continue;
            }
            Map<String, PersonResult.Place> places = new HashMap<>(keys.size() * 2);
            for (PersonResult.Place place : placed[i]) {
                if (place != null) {
                    places.put(place.population(), place);
                }
            }
            Grade grade;
            Describable reason;
            if (settings.officialGrade() == EvaluationSettings.OfficialGrade.DISTRIBUTION) {
                PersonResult.Place place = places.get(settings.distributionPopulation());
                if (place == null || place.distribution() == null) {
                    ScoringException.Problem problem = new ScoringException.Problem("participant[" + r.participantId() + "]",
                            "不属于分布所用的人群 " + settings.distributionPopulation(),
                            "belongs to no group of the distribution population " + settings.distributionPopulation());
                    results.add(new PersonResult(r.participantId(), r.groups(), r.schemeCode(), r.schemeVersion(), r.items(),
                            r.dimensions(), r.composite(), r.team(), r.bonuses(), r.bonusTotal(), r.cap(), r.finalScore(),
                            r.absoluteGrade(), null, null, Map.copyOf(places), List.of(problem)));
                    continue;
                }
                grade = place.distribution().grade();
                reason = place.distribution();
            } else {
                grade = r.absoluteGrade().grade();
                reason = r.absoluteGrade();
            }
            results.add(new PersonResult(r.participantId(), r.groups(), r.schemeCode(), r.schemeVersion(), r.items(),
                    r.dimensions(), r.composite(), r.team(), r.bonuses(), r.bonusTotal(), r.cap(), r.finalScore(),
                    r.absoluteGrade(), grade, reason, Map.copyOf(places), r.problems()));
        }
        return List.copyOf(results);
    }

    private BigDecimal tieKey(PersonResult r) {
        TieBreak tb = settings.tieBreak();
        if (tb == null) {
            return null;
        }
        if (tb.kind() == TieBreak.Kind.DIMENSION) {
            return r.dimensions().stream().filter(d -> d.code().equals(tb.code())).findFirst().map(DimensionResult::score).orElse(null);
        }
        return r.items().stream().filter(i -> i.itemCode().equals(tb.code())).findFirst().map(ItemResult::score).orElse(null);
    }
}
