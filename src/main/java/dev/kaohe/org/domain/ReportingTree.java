package dev.kaohe.org.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom, as a map from each person's key to their manager's key. Keys are whatever
 * identifies a person in the caller's context: database ids, or employee numbers of an import file.
 * Answers the questions every change of reporting lines must ask before it is written.
 */
public final class ReportingTree<K> {

    private final Map<K, K> managerOf;

    public ReportingTree(Map<K, K> managerOf) {
        this.managerOf = new HashMap<>(managerOf);
    }

    /** The tree as it would be if {@code person} reported to {@code newManager} (null: to nobody). */
    public ReportingTree<K> withManager(K person, K newManager) {
        Map<K, K> changed = new HashMap<>(managerOf);
        if (newManager == null) {
            changed.remove(person);
        } else {
            changed.put(person, newManager);
        }
        return new ReportingTree<>(changed);
    }

    /**
     * The loop {@code person} is part of, starting and ending with them (A → B → A), if following managers
     * upward from {@code person} ever comes back to them.
     */
    public Optional<List<K>> cycleThrough(K person) {
        List<K> path = new ArrayList<>();
        Set<K> seen = new LinkedHashSet<>();
        K current = person;
        while (current != null && seen.add(current)) {
            path.add(current);
            current = managerOf.get(current);
        }
        if (current != null && current.equals(person)) {
            path.add(person);
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** Every person who is part of some reporting loop. */
    public Set<K> peopleInCycles() {
        Set<K> inCycles = new LinkedHashSet<>();
        for (K person : managerOf.keySet()) {
            if (!inCycles.contains(person)) {
                cycleThrough(person).ifPresent(inCycles::addAll);
            }
        }
        return inCycles;
    }

    /** Managers from the direct one up to the top; stops before repeating anyone, so loops end. */
    public List<K> chainAbove(K person) {
        List<K> chain = new ArrayList<>();
        Set<K> seen = new LinkedHashSet<>();
        seen.add(person);
        K current = managerOf.get(person);
        while (current != null && seen.add(current)) {
            chain.add(current);
            current = managerOf.get(current);
        }
        return chain;
    }
}
