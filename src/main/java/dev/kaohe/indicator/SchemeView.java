package dev.kaohe.indicator;

import java.time.Instant;
import java.util.List;

import dev.kaohe.org.PositionFamily;

/**
 * A scheme with its latest version. {@code positionFamilies} are the families it is the default template for.
 * {@code version} is the optimistic-lock version of the scheme's own fields, not a rules version.
 */
public record SchemeView(long id, String code, String name, String description, List<PositionFamily> positionFamilies,
                         SchemeStatus status, Instant createdAt, int latestVersion, boolean latestLocked,
                         int versionCount, long version) {
}
