package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.scoring.domain.BonusPoints;
import dev.kaohe.scoring.domain.Describable;
import dev.kaohe.scoring.domain.Evaluation;
import dev.kaohe.scoring.domain.EvaluationSettings;
import dev.kaohe.scoring.domain.Item;
import dev.kaohe.scoring.domain.ItemInput;
import dev.kaohe.scoring.domain.ItemResult;
import dev.kaohe.scoring.domain.Participant;
import dev.kaohe.scoring.domain.PersonResult;
import dev.kaohe.scoring.domain.Rater;
import dev.kaohe.scoring.domain.Scheme;
import dev.kaohe.scoring.domain.ScoringException;
import dev.kaohe.scoring.internal.SettingsMapping;
import dev.kaohe.scoring.internal.SpecMapping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stateless what-if evaluation: a scheme spec, settings and participants in, results and derivations out.
 * Bad input (an invalid scheme or settings, a participant without an id or twice, a value for an item not in
 * the scheme, an unknown rater) is refused as a whole with every problem named; a participant merely
 * missing a value gets an incomplete result that says which.
 */
@Service
public class Simulations {

    private final List<SchemeSource> sources;
    private final int maxParticipants;

    Simulations(ObjectProvider<SchemeSource> sources,
                @Value("${kaohe.scoring.simulation.max-participants:20000}") int maxParticipants) {
        this.sources = sources.orderedStream().toList();
        this.maxParticipants = maxParticipants;
    }

    /** A stored scheme from the scheme sources, else a preset by its code; 404 when neither has it. */
    public SchemeSpec resolve(String code, Integer version) {
        for (SchemeSource source : sources) {
            Optional<SchemeSpec> found = source.find(code, version);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return SchemeSpecs.preset(code).filter(p -> version == null || version == 1)
                .orElseThrow(() -> new NotFoundException("scheme", version == null ? code : code + " v" + version));
    }

    /** The schemes on offer: the presets, then whatever the sources store. */
    public List<SchemeSource.Summary> available() {
        List<SchemeSource.Summary> all = new ArrayList<>();
        SchemeSpecs.presets().forEach(p -> all.add(new SchemeSource.Summary(p.code(), p.name(), p.version())));
        sources.forEach(s -> all.addAll(s.available()));
        return all;
    }

    public SimulationResult run(SimulationRequest request, Locale locale) {
        if (request == null) {
            throw new InvalidInputException("scheme", Describable.pick(locale, "必填", "is required"));
        }
        SchemeSpec spec = request.scheme();
        if (spec == null) {
            if (request.schemeCode() == null || request.schemeCode().isBlank()) {
                throw new InvalidInputException("scheme", Describable.pick(locale, "请给出方案(scheme)或方案编码(schemeCode)",
                        "give a scheme or a schemeCode"));
            }
            spec = resolve(request.schemeCode().strip(), request.version());
        }
        return run(spec, request.settings(), request.participants(), locale);
    }

    public SimulationResult run(SchemeSpec spec, SettingsSpec settingsSpec, List<SimulationRequest.ParticipantInput> people,
                                Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        SpecMapping.Built<Scheme> scheme = SpecMapping.scheme(spec, locale);
        problems.addAll(prefixed("scheme.", scheme.problems()));
        SpecMapping.Built<EvaluationSettings> settings = SettingsMapping.settings(settingsSpec, "settings", locale);
        problems.addAll(settings.problems());
        Evaluation evaluation = null;
        if (problems.isEmpty()) {
            try {
                evaluation = new Evaluation(scheme.value(), settings.value());
            } catch (ScoringException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem("settings.tieBreak", null, Describable.pick(locale, p.zh(), p.en()))));
            }
        }
        List<Participant> participants = participants(people, scheme.value(), locale, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.id().strip(), p.name()));
        List<PersonResult> results = evaluation.evaluate(participants);
        List<SimulationResult.Person> out = new ArrayList<>(results.size());
        for (PersonResult r : results) {
            out.add(person(r, names.get(r.participantId()), locale));
        }
        return new SimulationResult(new SimulationResult.SchemeRef(scheme.value().code(), spec.name(), scheme.value().version()),
                scheme.warnings(), out);
    }

    private List<Participant> participants(List<SimulationRequest.ParticipantInput> people, Scheme scheme, Locale locale,
                                           List<FieldProblem> problems) {
        if (people == null || people.isEmpty()) {
            problems.add(new FieldProblem("participants", null, Describable.pick(locale, "至少需要一名参与人", "at least one participant is needed")));
            return List.of();
        }
        if (people.size() > maxParticipants) {
            problems.add(new FieldProblem("participants", String.valueOf(people.size()), Describable.pick(locale,
                    "一次最多 " + maxParticipants + " 名参与人", "at most " + maxParticipants + " participants at once")));
            return List.of();
        }
        Map<String, Item> items = new HashMap<>();
        if (scheme != null) {
            scheme.items().forEach(i -> items.put(i.code(), i));
        }
        Set<String> seen = new HashSet<>();
        List<Participant> result = new ArrayList<>(people.size());
        for (int n = 0; n < people.size(); n++) {
            SimulationRequest.ParticipantInput p = people.get(n);
            if (p == null || p.id() == null || p.id().isBlank()) {
                problems.add(new FieldProblem("participants[" + n + "].id", null, Describable.pick(locale, "必填", "is required")));
                continue;
            }
            String id = p.id().strip();
            String path = "participants[" + id + "]";
            if (!seen.add(id)) {
                problems.add(new FieldProblem(path + ".id", id, Describable.pick(locale, "参与人编号重复", "this id appears twice")));
                continue;
            }
            Map<String, ItemInput> inputs = new LinkedHashMap<>();
            p.inputs().forEach((code, values) -> {
                String itemPath = path + ".inputs[" + code + "]";
                if (scheme != null && !items.containsKey(code)) {
                    problems.add(new FieldProblem(itemPath, code, Describable.pick(locale, "方案中没有此指标", "the scheme has no such item")));
                    return;
                }
                if (values == null) {
                    return;
                }
                Map<Rater, BigDecimal> ratings = new EnumMap<>(Rater.class);
                if (values.ratings() != null) {
                    values.ratings().forEach((name, value) -> {
                        Rater rater = SpecMapping.rater(name);
                        if (rater == null) {
                            problems.add(new FieldProblem(itemPath + ".ratings." + name, name, Describable.pick(locale,
                                    "未知的评分人(可选 SELF、MANAGER、PEER、CROSS_DEPARTMENT、CUSTOMER)",
                                    "unknown rater (SELF, MANAGER, PEER, CROSS_DEPARTMENT, CUSTOMER)")));
                        } else if (value != null) {
                            ratings.put(rater, value);
                        }
                    });
                }
                Map<String, BigDecimal> extras = new HashMap<>();
                if (values.extras() != null) {
                    values.extras().forEach((k, v) -> {
                        if (v != null) {
                            extras.put(k, v);
                        }
                    });
                }
                inputs.put(code, new ItemInput(values.actual(), values.target(), ratings, extras));
            });
            List<BonusPoints> bonuses = new ArrayList<>();
            for (int b = 0; b < p.bonuses().size(); b++) {
                SimulationRequest.Bonus bonus = p.bonuses().get(b);
                String bonusPath = path + ".bonuses[" + b + "]";
                if (bonus == null || bonus.points() == null) {
                    problems.add(new FieldProblem(bonusPath + ".points", null, Describable.pick(locale, "必填", "is required")));
                    continue;
                }
                if (bonus.reason() == null || bonus.reason().isBlank()) {
                    problems.add(new FieldProblem(bonusPath + ".reason", null, Describable.pick(locale, "加分必须写明理由", "bonus points need a reason")));
                    continue;
                }
                Rater by = bonus.proposedBy() == null ? Rater.MANAGER : SpecMapping.rater(bonus.proposedBy());
                if (by == null) {
                    problems.add(new FieldProblem(bonusPath + ".proposedBy", bonus.proposedBy(), Describable.pick(locale, "未知的评分人", "unknown rater")));
                    continue;
                }
                bonuses.add(new BonusPoints(bonus.points(), bonus.reason().strip(), by, bonus.itemCode()));
            }
            Map<String, String> groups = new HashMap<>();
            p.groups().forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    groups.put(k, v.strip());
                }
            });
            result.add(new Participant(id, groups, inputs, p.teamAttainment(), bonuses));
        }
        return result;
    }

    private static SimulationResult.Person person(PersonResult r, String name, Locale locale) {
        List<SimulationResult.ItemScore> items = r.items().stream().map(i -> item(i, locale)).toList();
        List<SimulationResult.DimensionScore> dimensions = r.dimensions().stream()
                .map(d -> new SimulationResult.DimensionScore(d.code(), d.name(), d.weight(), d.score(), d.contribution())).toList();
        SimulationResult.TeamScore team = r.team() == null ? null : new SimulationResult.TeamScore(r.team().attainment(),
                r.team().teamOutcome().score(), r.team().share(), r.team().individual(), r.team().linked(), r.team().describe(locale));
        SimulationResult.GradeView grade = r.grade() == null ? null
                : new SimulationResult.GradeView(r.grade().code(), r.grade().describe(locale), r.gradeReason().describe(locale));
        SimulationResult.GradeView absolute = r.absoluteGrade() == null ? null
                : new SimulationResult.GradeView(r.absoluteGrade().grade().code(), r.absoluteGrade().grade().describe(locale),
                r.absoluteGrade().describe(locale));
        List<SimulationResult.PlaceView> places = r.places().values().stream()
                .sorted(java.util.Comparator.comparing((PersonResult.Place p) -> !"company".equals(p.population()))
                        .thenComparing(PersonResult.Place::population))
                .map(p -> new SimulationResult.PlaceView(p.population(), p.group(), p.rank().size(), p.rank().rank(),
                        p.rank().denseRank(), p.rank().topPercent(), p.rank().percentile(),
                        p.rank().band() == null ? null : p.rank().band().describe(locale),
                        p.distribution() == null ? null : p.distribution().grade().describe(locale),
                        p.distribution() == null ? null : p.distribution().describe(locale)))
                .toList();
        String derivation = r.describe(locale);
        if (name != null && !name.isBlank()) {
            derivation = name.strip() + " (" + derivation.replaceFirst(" — ", ") — ");
        }
        return new SimulationResult.Person(r.participantId(), name, r.groups(), r.complete(),
                r.problems().stream().map(p -> p.describe(locale)).toList(), items, dimensions, r.composite(), team,
                r.bonusTotal(), r.bonuses().stream().map(b -> b.describe(locale)).toList(), r.finalScore(), grade, absolute,
                places, derivation);
    }

    private static SimulationResult.ItemScore item(ItemResult i, Locale locale) {
        String reason = null;
        Map<String, BigDecimal> raters = null;
        if (i.problem() == null) {
            if (i.outcome() != null) {
                reason = i.outcome().describe(locale);
            } else if (i.blend() != null) {
                reason = i.blend().describe(locale);
                raters = new LinkedHashMap<>();
                for (Map.Entry<Rater, dev.kaohe.scoring.domain.RuleOutcome> e : i.raterOutcomes().entrySet()) {
                    raters.put(e.getKey().name(), e.getValue().score());
                }
            }
        }
        return new SimulationResult.ItemScore(i.itemCode(), i.itemName(), i.dimensionCode(), i.weight(), i.actual(), i.target(),
                i.achievement() == null ? null : i.achievement().percent(), i.score(),
                i.contribution() == null ? null : dev.kaohe.scoring.domain.Decimals.score(i.contribution()), reason, raters,
                i.problem() == null ? null : i.problem().describe(locale));
    }

    private static List<FieldProblem> prefixed(String prefix, List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldProblem(prefix + p.field(), p.value(), p.message())).toList();
    }
}
