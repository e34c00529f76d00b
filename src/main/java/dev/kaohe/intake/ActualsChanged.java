package dev.kaohe.intake;

import java.util.List;

/**
 * Published after indicator actuals were added or corrected, by a direct import or by aggregation; results that
 * used the old values are stale.
 */
public record ActualsChanged(List<Key> keys) {

    public ActualsChanged {
        keys = List.copyOf(keys);
    }

    public record Key(long employeeId, String indicatorCode, String period) {
    }
}
