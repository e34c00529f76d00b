package dev.kaohe.goal.internal;

import java.util.List;

import dev.kaohe.goal.domain.AdjustmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByGoalIdOrderById(long goalId);

    long countByGoalIdAndQuarterYearAndQuarterOfYearAndStatusNot(long goalId, int year, int quarter, AdjustmentStatus status);

    List<Adjustment> findByStatusOrderById(AdjustmentStatus status);
}
