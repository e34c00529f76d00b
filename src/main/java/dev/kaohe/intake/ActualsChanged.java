package dev.kaohe.intake;

import java.util.List;

/**
 * Published after indicator actuals were added or corrected, by a direct import or by aggregation; results that
 * used the old values are stale. {@code groupKeys} name results of a team (ORG_UNIT) or a region (REGION).
 */
public record ActualsChanged(List<Key> keys, List<GroupKey> groupKeys) {

    public ActualsChanged {
        keys = List.copyOf(keys);
        groupKeys = List.copyOf(groupKeys);
    }

    public ActualsChanged(List<Key> keys) {
        this(keys, List.of());
    }

    public boolean isEmpty() {
        return keys.isEmpty() && groupKeys.isEmpty();
    }

    public record Key(long employeeId, String indicatorCode, String period) {
    }

    public record GroupKey(String grouping, long groupId, String indicatorCode, String period) {
    }
}
