package dev.kaohe.org;

import java.util.List;

public record RegionNode(RegionView region, List<RegionNode> children) {
}
