package dev.kaohe.identity.internal;

import java.util.Optional;

import dev.kaohe.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    Optional<Account> findByEmployeeId(Long employeeId);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean existsWithRole(Role role);
}
