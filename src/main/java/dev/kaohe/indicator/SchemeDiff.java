package dev.kaohe.indicator;

import java.util.List;

/**
 * What changed between two versions of a scheme. Each change names the dimension or item by code
 * ({@code path} such as {@code dimensions[performance].items[sales]}), the field, and both values as text.
 */
public record SchemeDiff(String schemeCode, int from, int to, List<Change> changes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record Change(Kind kind, String path, String label, String field, String before, String after) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
