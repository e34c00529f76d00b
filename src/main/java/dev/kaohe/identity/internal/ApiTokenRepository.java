package dev.kaohe.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select t from ApiToken t order by t.revokedAt desc nulls first, t.createdAt desc")
    Page<ApiToken> listAll(Pageable pageable);

    /** Records use at most once per {@code staleBefore} window, so busy integrations do not write on every call. */
    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int touch(long id, Instant now, Instant staleBefore);
}
