package dev.kaohe.intake;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.intake.internal.Store;
import dev.kaohe.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading actuals and their lineage, within the caller's reach; an actual out of reach is not found. */
@Service
public class Actuals {

    private final Store store;
    private final IntakeAccess access;

    Actuals(Store store, IntakeAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<ActualView> search(ActualFilter filter, Pageable pageable) {
        return store.search(filter, access.visibility(CurrentUser.get()), pageable);
    }

    @Transactional(readOnly = true)
    public ActualView get(long id) {
        ActualView actual = store.actual(id).orElseThrow(() -> new NotFoundException("actual", id));
        CurrentUser user = CurrentUser.get();
        if (actual.orgUnitId() != null || actual.regionId() != null) {
            if (!canSeeGroup(user, actual)) {
                throw new NotFoundException("actual", id);
            }
            return actual;
        }
        try {
            access.requireVisible(user, actual.employeeId());
        } catch (NotFoundException outOfReach) {
            throw new NotFoundException("actual", id);
        }
        return actual;
    }

    @Transactional(readOnly = true)
    public LineageView lineage(long id) {
        ActualView actual = get(id);
        // an aggregated actual has no import batch: its lineage is the aggregation's (intake.aggregation)
        BatchView batch = actual.batchId() == null ? null : store.batch(actual.batchId()).orElseThrow();
        return new LineageView(actual, batch, actual.rowNumber(),
                store.versions(actual));
    }

    /**
     * A team's or region's value: everyone who sees every employee sees it; a manager sees the values of their own org
     * unit and the units below it, and of their own region and the regions below it.
     */
    private boolean canSeeGroup(CurrentUser user, ActualView actual) {
        var visibility = access.visibility(user);
        if (visibility.everyone()) {
            return true;
        }
        if (!user.has(dev.kaohe.identity.Role.MANAGER) || user.employeeId() == null) {
            return false;
        }
        return actual.orgUnitId() != null ? store.inUnitOrAbove(user.employeeId(), actual.orgUnitId())
                : store.inRegionOrAbove(user.employeeId(), actual.regionId());
    }
}
