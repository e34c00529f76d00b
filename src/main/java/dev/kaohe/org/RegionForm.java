package dev.kaohe.org;

import java.util.List;

/** Creating or changing a region; tags may also be given as one comma-separated entry. */
public record RegionForm(String code, String name, RegionLevel level, Long parentId, List<String> tags, Long version) {

    public static RegionForm of(RegionView region) {
        return new RegionForm(region.code(), region.name(), region.level(), region.parentId(), region.tags(), region.version());
    }
}
