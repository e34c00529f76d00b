package dev.kaohe.goal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionStepRepository extends JpaRepository<ActionStep, Long> {

    List<ActionStep> findByGoalIdOrderById(long goalId);
}
