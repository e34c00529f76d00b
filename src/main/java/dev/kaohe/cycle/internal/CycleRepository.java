package dev.kaohe.cycle.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

    /** The monthly cycles that post into this quarterly cycle, earliest month first. */
    List<Cycle> findByQuarterlyCycleIdOrderByPeriodStartAscIdAsc(Long quarterlyCycleId);
}
