package dev.kaohe.goal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByGoalIdOrderByPeriodDateAscIdAsc(long goalId);
}
