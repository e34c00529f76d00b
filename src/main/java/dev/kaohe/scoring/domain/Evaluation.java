package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Comparator<Participant> BY_ID = Comparator.comparing(Participant::id);

    private final Scheme scheme;
    private final EvaluationSettings settings;
    private final List<Item> items;
    private final Set<String> itemCodes;
    /** {@code 100 − share} of the team linkage, the individual's own share (null without linkage). */
    private final BigDecimal linkageOwnShare;

    public Evaluation(Scheme scheme, EvaluationSettings settings) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.items = scheme.items();
        this.itemCodes = Set.copyOf(items.stream().map(Item::code).toList());
        this.linkageOwnShare = settings.teamLinkage() == null ? null : HUNDRED.subtract(settings.teamLinkage().share());
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
        Participant[] byId = participants.toArray(new Participant[0]);
        Arrays.sort(byId, BY_ID);
        for (int i = 1; i < byId.length; i++) {
            if (byId[i].id().equals(byId[i - 1].id())) {
                throw firstDuplicate(participants);
            }
        }
        List<Participant> sorted = Arrays.asList(byId);
        Stream<Participant> stream = byId.length >= PARALLEL_FROM ? sorted.parallelStream() : sorted.stream();
        Memos memos = new Memos(items.size());
        return place(stream.map(p -> score(p, memos)).toList());
    }

    /** The duplicate met first in the caller's order, so the message does not depend on the sorting. */
    private static ScoringException firstDuplicate(Collection<Participant> participants) {
        Set<String> ids = new HashSet<>();
        for (Participant p : participants) {
            if (!ids.add(p.id())) {
                return ScoringException.of("participant[" + p.id() + "]", "参与人重复", "the participant appears twice");
            }
        }
        throw new IllegalStateException("a duplicate was found");
    }

    /**
     * Results shared within one evaluation: per item of the scheme (in order), its result by the actual value
     * (measured) or by the ratings (rated), for inputs with no target or further values of their own; and the
     * team linkage outcome by the team's attainment.
     */
    private static final class Memos {
        final List<Memo<Object, ItemResult>> items;
        final Memo<BigDecimal, RuleOutcome> team = new Memo<>();

        Memos(int itemCount) {
            items = new ArrayList<>(itemCount);
            for (int i = 0; i < itemCount; i++) {
                items.add(new Memo<>());
            }
        }
    }

    /** One person, on their own: everything but the places in populations. */
    PersonResult score(Participant participant) {
        return score(participant, new Memos(items.size()));
    }

    private PersonResult score(Participant participant, Memos memos) {
        List<ScoringException.Problem> problems = new ArrayList<>();
        List<ItemResult> items = new ArrayList<>(this.items.size());
        List<DimensionResult> dimensions = new ArrayList<>(scheme.dimensions().size());
        BigDecimal composite = BigDecimal.ZERO;
        int itemIndex = 0;
        for (Dimension dimension : scheme.dimensions()) {
            BigDecimal dimensionSum = BigDecimal.ZERO;
            for (Item item : dimension.items()) {
                ItemResult result = scoreItem(dimension, item, participant.inputs().get(item.code()), memos.items.get(itemIndex++));
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
                RuleOutcome teamOutcome = memos.team.find(participant.teamAttainment());
                if (teamOutcome == null) {
                    teamOutcome = memos.team.keep(participant.teamAttainment(), linkage.teamScore(participant.teamAttainment()));
                }
                running = Decimals.score(composite.multiply(linkageOwnShare).add(teamOutcome.score().multiply(linkage.share())).movePointLeft(2));
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
        // adding a zero bonus of no larger scale gives running itself
        BigDecimal finalScore = bonusTotal.signum() == 0 && bonusTotal.scale() <= running.scale() ? Decimals.score(running)
                : Decimals.score(running.add(bonusTotal));
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

    private ItemResult scoreItem(Dimension dimension, Item item, ItemInput input, Memo<Object, ItemResult> memo) {
        // An item's result depends on nothing but the item and this input: equal inputs share one result.
        Object key = null;
        if (input != null && input.target() == null && input.extras().isEmpty()) {
            key = item.source() == InputSource.MEASURED ? input.actual() : input.actual() == null ? input.ratings() : null;
        }
        if (key == null) {
            return computeItem(dimension, item, input);
        }
        ItemResult known = memo.find(key);
        if (known != null) {
            return known;
        }
        ItemResult result = computeItem(dimension, item, input);
        return result.problem() == null ? memo.keep(key, result) : result;
    }

    private ItemResult computeItem(Dimension dimension, Item item, ItemInput input) {
        BigDecimal target = input != null && input.target() != null ? input.target() : item.target();
        BigDecimal actual = input == null ? null : input.actual();
        Map<String, BigDecimal> extras = input == null ? Map.of() : input.extras();
        try {
            if (item.source() == InputSource.MEASURED) {
                if (actual == null) {
                    return failed(dimension, item, actual, target, new ScoringException.Problem(path(dimension, item),
                            "指标 " + item.name() + " 缺少实际值", "item " + item.name() + " has no actual value"));
                }
                if (item.rule().needsTarget() && target == null) {
                    return failed(dimension, item, actual, target, new ScoringException.Problem(path(dimension, item),
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
                return failed(dimension, item, actual, target, new ScoringException.Problem(path(dimension, item),
                        "指标 " + item.name() + " 没有计入权重的评分人提交评分(权重:" + blend.describe(java.util.Locale.CHINA) + ")",
                        "no weighted rater has rated item " + item.name() + " (weights: " + blend.describe(java.util.Locale.ENGLISH) + ")"));
            }
            return new ItemResult(item.code(), item.name(), dimension.code(), item.weight(), actual, target, null,
                    Map.copyOf(outcomes), blended, blended.score(), contribution(blended.score(), item.weight()), null);
        } catch (ScoringException e) {
            ScoringException.Problem p = e.problems().get(0);
            return failed(dimension, item, actual, target, new ScoringException.Problem(path(dimension, item),
                    "指标 " + item.name() + ":" + p.zh(), "item " + item.name() + ": " + p.en()));
        }
    }

    private static String path(Dimension dimension, Item item) {
        return "dimension[" + dimension.code() + "].item[" + item.code() + "]";
    }

    private static ItemResult failed(Dimension dimension, Item item, BigDecimal actual, BigDecimal target, ScoringException.Problem problem) {
        return new ItemResult(item.code(), item.name(), dimension.code(), item.weight(), actual, target, null, Map.of(), null,
                null, null, problem);
    }

    private static BigDecimal contribution(BigDecimal score, BigDecimal weight) {
        return Decimals.work(score.multiply(weight).movePointLeft(2));
    }

    /**
     * Ranks and distributions in every population, for results sorted by participant id. Everyone complete
     * is sorted once, best first; each population's groups are then taken from that order, so they come out
     * sorted too. A result's index stands for its id wherever ids would only fix the order among equals.
     */
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
        int n = scored.size();
        BigDecimal[] scores = new BigDecimal[n];
        BigDecimal[] tieKeys = settings.tieBreak() == null ? null : new BigDecimal[n];
        int completeCount = 0;
        for (int i = 0; i < n; i++) {
            PersonResult r = scored.get(i);
            if (r.complete()) {
                scores[i] = r.finalScore();
                if (tieKeys != null) {
                    tieKeys[i] = tieKey(r);
                }
                completeCount++;
            }
        }
        int[] order = bestFirst(scores, tieKeys, completeCount);

        PersonResult.Place[][] placed = new PersonResult.Place[n][keys.size()];
        String tieLabel = settings.tieBreak() == null ? null : settings.tieBreak().label();
        int[] members = new int[completeCount];
        BigDecimal[] memberScores = new BigDecimal[completeCount];
        BigDecimal[] memberTieKeys = tieKeys == null ? null : new BigDecimal[completeCount];
        Ranking.Rank[] ranks = new Ranking.Rank[completeCount];
        ForcedDistribution.Placement[] placements = settings.distribution() == null ? null
                : new ForcedDistribution.Placement[completeCount];
        for (int column = 0; column < keys.size(); column++) {
            String key = keys.get(column);
            boolean company = EvaluationSettings.COMPANY.equals(key);
            // groups in order of first appearance; members of each group contiguous and best first
            Map<String, Integer> groupIndex = new HashMap<>();
            List<String> groupNames = new ArrayList<>();
            int[] groupOfIndex = new int[n]; // looked up in id order, the order the results lie in memory
            for (int i = 0; i < n; i++) {
                if (scores[i] == null) {
                    continue;
                }
                String group = company ? EvaluationSettings.COMPANY : scored.get(i).groups().get(key);
                if (group == null) {
                    groupOfIndex[i] = -1;
                    continue;
                }
                Integer g = groupIndex.get(group);
                if (g == null) {
                    g = groupNames.size();
                    groupIndex.put(group, g);
                    groupNames.add(group);
                }
                groupOfIndex[i] = g;
            }
            int[] sizes = new int[groupNames.size()];
            int[] groupOf = new int[completeCount];
            for (int x = 0; x < completeCount; x++) {
                int g = groupOfIndex[order[x]];
                groupOf[x] = g;
                if (g >= 0) {
                    sizes[g]++;
                }
            }
            int[] starts = new int[groupNames.size() + 1];
            for (int g = 0; g < groupNames.size(); g++) {
                starts[g + 1] = starts[g] + sizes[g];
            }
            int[] fill = Arrays.copyOf(starts, groupNames.size());
            for (int x = 0; x < completeCount; x++) {
                int g = groupOf[x];
                if (g >= 0) {
                    int at = fill[g]++;
                    int i = order[x];
                    members[at] = i;
                    memberScores[at] = scores[i];
                    if (memberTieKeys != null) {
                        memberTieKeys[at] = tieKeys[i];
                    }
                }
            }
            for (int g = 0; g < groupNames.size(); g++) {
                String group = groupNames.get(g);
                String label = company ? key : key + "=" + group;
                int from = starts[g];
                int to = starts[g + 1];
                Ranking.rankSorted(label, memberScores, from, to, settings.rankBands(), ranks);
                if (placements != null) {
                    settings.distribution().distributeSorted(label, memberScores, memberTieKeys, from, to, tieLabel, placements);
                }
                for (int at = from; at < to; at++) {
                    placed[members[at]][column] = new PersonResult.Place(key, group, ranks[at],
                            placements == null ? null : placements[at]);
                }
            }
        }

        int distributionColumn = settings.distribution() == null ? -1 : keys.indexOf(settings.distributionPopulation());
        List<PersonResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PersonResult r = scored.get(i);
            if (!r.complete()) {
                results.add(r);
                continue;
            }
            Map<String, PersonResult.Place> places = placesOf(placed[i]);
            Grade grade;
            Describable reason;
            if (settings.officialGrade() == EvaluationSettings.OfficialGrade.DISTRIBUTION) {
                PersonResult.Place place = distributionColumn < 0 ? null : placed[i][distributionColumn];
                if (place == null || place.distribution() == null) {
                    ScoringException.Problem problem = new ScoringException.Problem("participant[" + r.participantId() + "]",
                            "不属于分布所用的人群 " + settings.distributionPopulation(),
                            "belongs to no group of the distribution population " + settings.distributionPopulation());
                    results.add(new PersonResult(r.participantId(), r.groups(), r.schemeCode(), r.schemeVersion(), r.items(),
                            r.dimensions(), r.composite(), r.team(), r.bonuses(), r.bonusTotal(), r.cap(), r.finalScore(),
                            r.absoluteGrade(), null, null, places, List.of(problem)));
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
                    r.absoluteGrade(), grade, reason, places, r.problems()));
        }
        return List.copyOf(results);
    }

    /** Places in the order of the populations, so that every run describes them in the same order. */
    private static Map<String, PersonResult.Place> placesOf(PersonResult.Place[] row) {
        Map<String, PersonResult.Place> places = new java.util.LinkedHashMap<>(4);
        for (PersonResult.Place place : row) {
            if (place != null) {
                places.put(place.population(), place);
            }
        }
        return places.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(places);
    }

    /**
     * Indices of the complete results (those with a score), best first as {@link Candidate#BEST_FIRST} orders
     * them; the index stands for the id, since the results are sorted by id.
     */
    private static int[] bestFirst(BigDecimal[] scores, BigDecimal[] tieKeys, int completeCount) {
        int n = scores.length;
        int[] order = new int[completeCount];
        // Usually every score has the same scale and fits an int: sort primitive keys (score descending, then index).
        int scale = Integer.MIN_VALUE;
        boolean primitive = tieKeys == null;
        for (int i = 0; i < n && primitive; i++) {
            BigDecimal s = scores[i];
            if (s != null) {
                if (scale == Integer.MIN_VALUE) {
                    scale = s.scale();
                }
                primitive = s.scale() == scale && s.precision() <= 9;
            }
        }
        if (primitive) {
            long[] keys = new long[completeCount];
            int at = 0;
            for (int i = 0; i < n; i++) {
                if (scores[i] != null) {
                    long descending = (long) Integer.MAX_VALUE - scores[i].unscaledValue().intValue();
                    keys[at++] = descending << 31 | i;
                }
            }
            Arrays.sort(keys);
            for (int x = 0; x < completeCount; x++) {
                order[x] = (int) (keys[x] & Integer.MAX_VALUE);
            }
            return order;
        }
        Integer[] boxed = new Integer[completeCount];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] != null) {
                boxed[at++] = i;
            }
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = scores[b].compareTo(scores[a]);
            if (c != 0) {
                return c;
            }
            BigDecimal ka = tieKeys == null ? null : tieKeys[a];
            BigDecimal kb = tieKeys == null ? null : tieKeys[b];
            if (ka != kb) {
                if (ka == null) {
                    return 1;
                }
                if (kb == null) {
                    return -1;
                }
                c = kb.compareTo(ka);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        for (int x = 0; x < completeCount; x++) {
            order[x] = boxed[x];
        }
        return order;
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
