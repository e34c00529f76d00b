package dev.kaohe.indicator.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchemeVersionRepository extends JpaRepository<SchemeVersion, Long> {

    List<SchemeVersion> findBySchemeIdOrderByNumberDesc(Long schemeId);

    Optional<SchemeVersion> findFirstBySchemeIdOrderByNumberDesc(Long schemeId);

    Optional<SchemeVersion> findBySchemeIdAndNumber(Long schemeId, int number);
}
