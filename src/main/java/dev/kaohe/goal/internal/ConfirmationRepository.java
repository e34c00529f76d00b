package dev.kaohe.goal.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConfirmationRepository extends JpaRepository<Confirmation, Long> {

    @Query("select c from Confirmation c where c.employeeId = :employee and c.year = :year and ((:quarter is null and c.quarter is null) or c.quarter = :quarter)")
    Optional<Confirmation> findPeriod(long employee, int year, Integer quarter);
}
