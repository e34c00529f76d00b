package dev.kaohe.goal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cascade from company to person (R26): progress rolls up from children (weighted) to parents;
 * an individual or team goal with no parent is an orphan, a company or team goal with no children
 * is childless. A goal whose parent is not in the set (out of the reader's reach) starts its own branch.
 */
public final class AlignmentTree {

    private AlignmentTree() {
    }

    public record Entry(long id, Long parentId, GoalLevel level, BigDecimal weight, BigDecimal ownProgress) {
    }

    public record Node(Entry entry, BigDecimal progress, boolean orphan, boolean childless, List<Node> children) {
    }

    public static List<Node> build(List<Entry> entries) {
        Map<Long, Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<Long, List<Entry>> children = new HashMap<>();
        List<Entry> roots = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.parentId() != null && byId.containsKey(entry.parentId())) {
                children.computeIfAbsent(entry.parentId(), k -> new ArrayList<>()).add(entry);
            } else {
                roots.add(entry);
            }
        }
        roots.sort(Comparator.comparing(Entry::level));
        return roots.stream().map(root -> node(root, children)).toList();
    }

    private static Node node(Entry entry, Map<Long, List<Entry>> children) {
        List<Node> kids = children.getOrDefault(entry.id(), List.of()).stream().map(c -> node(c, children)).toList();
        BigDecimal progress = kids.isEmpty() ? entry.ownProgress()
                : Progress.weighted(kids.stream().map(k -> new Progress.Part(k.progress(), k.entry().weight())).toList());
        boolean orphan = entry.level() != GoalLevel.COMPANY && entry.parentId() == null;
        boolean childless = entry.level() != GoalLevel.PERSONAL && kids.isEmpty();
        return new Node(entry, progress, orphan, childless, kids);
    }

    /** Every node of the forest, depth first. */
    public static List<Node> flatten(List<Node> roots) {
        List<Node> out = new ArrayList<>();
        roots.forEach(r -> walk(r, out));
        return out;
    }

    private static void walk(Node node, List<Node> out) {
        out.add(node);
        node.children().forEach(c -> walk(c, out));
    }
}
