package dev.kaohe.org;

import java.util.List;

/** A macro-region, cluster or city, with tags such as 一线城市. */
public record RegionView(long id, String code, String name, RegionLevel level, Long parentId, String parentName,
                         List<String> tags, boolean active, long activeEmployees, long version) {
}
