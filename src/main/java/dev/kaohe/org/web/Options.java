package dev.kaohe.org.web;

import java.util.ArrayList;
import java.util.List;

import dev.kaohe.org.OrgUnitNode;
import dev.kaohe.org.RegionNode;

/** Choices for a select box, indented by depth so a tree reads as a tree. */
record Options(long id, String label, boolean active) {

    static List<Options> ofUnits(List<OrgUnitNode> roots) {
        List<Options> out = new ArrayList<>();
        roots.forEach(root -> addUnit(root, 0, out));
        return out;
    }

    static List<Options> ofRegions(List<RegionNode> roots) {
        List<Options> out = new ArrayList<>();
        roots.forEach(root -> addRegion(root, 0, out));
        return out;
    }

    private static void addUnit(OrgUnitNode node, int depth, List<Options> out) {
        out.add(new Options(node.unit().id(), "\u3000".repeat(depth) + node.unit().name(), node.unit().active()));
        node.children().forEach(child -> addUnit(child, depth + 1, out));
    }

    private static void addRegion(RegionNode node, int depth, List<Options> out) {
        out.add(new Options(node.region().id(), "\u3000".repeat(depth) + node.region().name(), node.region().active()));
        node.children().forEach(child -> addRegion(child, depth + 1, out));
    }
}
