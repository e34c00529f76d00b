package dev.kaohe.goal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRevisionRepository extends JpaRepository<GoalRevision, Long> {

    List<GoalRevision> findByGoalIdOrderByRevision(long goalId);
}
