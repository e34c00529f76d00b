package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a cycle assesses: active employees matching every criterion given (an empty list or null means any).
 *
 * @param orgUnitIds       departments or teams, each with the units below it when {@code includeSubunits}
 * @param positionIds      job positions
 * @param regionIds        regions, each with the regions below it
 * @param hiredBefore      only people hired before this day
 * @param minTenureMonths  only people employed at least this many months at the cycle's start
 * @param probationOnly    only people on probation (probation cycles)
 */
public record Population(List<Long> orgUnitIds, Boolean includeSubunits, List<Long> positionIds, List<Long> regionIds,
                         LocalDate hiredBefore, Integer minTenureMonths, Boolean probationOnly) {

    public Population {
        orgUnitIds = orgUnitIds == null ? List.of() : List.copyOf(orgUnitIds);
        positionIds = positionIds == null ? List.of() : List.copyOf(positionIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
        includeSubunits = includeSubunits == null || includeSubunits;
        probationOnly = probationOnly != null && probationOnly;
    }

    public static Population everyone() {
        return new Population(null, true, null, null, null, null, false);
    }
}
