package dev.kaohe.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {
    Optional<Region> findByCode(String code);
    Optional<Region> findByName(String name);
    List<Region> findAllByOrderByCodeAsc();
}
