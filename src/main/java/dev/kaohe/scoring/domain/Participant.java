package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person being evaluated: their id, the populations they belong to ({@code "team" → "east-1"},
 * {@code "department" → …}), their inputs per item code, their team's attainment in percent (for team
 * linkage) and any bonus points awarded.
 */
public record Participant(String id, Map<String, String> groups, Map<String, ItemInput> inputs,
                          BigDecimal teamAttainment, List<BonusPoints> bonuses) {

    public Participant {
        Objects.requireNonNull(id, "id");
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
    }

    public static Participant of(String id, Map<String, ItemInput> inputs) {
        return new Participant(id, Map.of(), inputs, null, List.of());
    }

    public Participant inGroup(String population, String group) {
        Map<String, String> copy = new java.util.HashMap<>(groups);
        copy.put(population, group);
        return new Participant(id, copy, inputs, teamAttainment, bonuses);
    }

    public Participant withTeamAttainment(String percent) {
        return new Participant(id, groups, inputs, new BigDecimal(percent), bonuses);
    }

    public Participant withBonus(BonusPoints bonus) {
        List<BonusPoints> copy = new java.util.ArrayList<>(bonuses);
        copy.add(bonus);
        return new Participant(id, groups, inputs, teamAttainment, copy);
    }
}
