package dev.kaohe.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JobPositionRepository extends JpaRepository<JobPosition, Long> {
    Optional<JobPosition> findByCode(String code);
    Optional<JobPosition> findByName(String name);
    List<JobPosition> findAllByOrderByCodeAsc();
}
