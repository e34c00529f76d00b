package dev.kaohe.indicator.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchemeRepository extends JpaRepository<Scheme, Long> {

    Optional<Scheme> findByCode(String code);

    @Query(value = """
            select * from scheme s
            where (cast(:q as text) is null or s.code ilike '%' || cast(:q as text) || '%' or s.name ilike '%' || cast(:q as text) || '%')
              and (cast(:status as text) is null or s.status = cast(:status as text))
              and (cast(:family as text) is null or cast(:family as text) = any(s.position_families))
            order by s.code""",
            countQuery = """
            select count(*) from scheme s
            where (cast(:q as text) is null or s.code ilike '%' || cast(:q as text) || '%' or s.name ilike '%' || cast(:q as text) || '%')
              and (cast(:status as text) is null or s.status = cast(:status as text))
              and (cast(:family as text) is null or cast(:family as text) = any(s.position_families))""",
            nativeQuery = true)
    Page<Scheme> search(String q, String status, String family, Pageable pageable);
}
