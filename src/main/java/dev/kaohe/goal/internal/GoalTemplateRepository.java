package dev.kaohe.goal.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalTemplateRepository extends JpaRepository<GoalTemplate, Long> {

    Optional<GoalTemplate> findByCode(String code);

    List<GoalTemplate> findAllByOrderByCode();
}
