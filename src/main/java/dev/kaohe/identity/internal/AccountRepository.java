package dev.kaohe.identity.internal;

import java.util.Optional;

import dev.kaohe.identity.Role;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    /** For counting sign-in attempts: concurrent attempts on one account queue up instead of losing counts. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findForUpdate(String username);

    Optional<Account> findByEmployeeId(Long employeeId);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean existsWithRole(Role role);

    @Query("select count(a) from Account a join a.roles r where r = dev.kaohe.identity.Role.ADMIN and a.enabled = true and a.id <> :id")
    long countOtherEnabledAdmins(long id);

    @Query("""
            select a from Account a
            where :q = '' or lower(a.username) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%')
            order by a.username""")
    Page<Account> search(String q, Pageable pageable);
}
