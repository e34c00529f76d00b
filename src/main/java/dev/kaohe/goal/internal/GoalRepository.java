package dev.kaohe.goal.internal;

import java.util.List;

import dev.kaohe.goal.domain.GoalLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    /** Goals of a year, archived ones too; with a quarter, that quarter's goals and the year's annual ones. */
    @Query("select g from Goal g where g.year = :year and (:quarter is null or g.quarter is null or g.quarter = :quarter) order by g.level, g.priority, g.id")
    List<Goal> findPeriodWithArchived(int year, Integer quarter);

    /** Goals of a year in use (not archived); with a quarter, that quarter's goals and the year's annual ones. */
    @Query("select g from Goal g where g.year = :year and (:quarter is null or g.quarter is null or g.quarter = :quarter) and g.status <> dev.kaohe.goal.domain.GoalStatus.ARCHIVED order by g.level, g.priority, g.id")
    List<Goal> findPeriod(int year, Integer quarter);

    @Query("select g from Goal g where g.ownerEmployeeId = :owner and g.level = dev.kaohe.goal.domain.GoalLevel.PERSONAL and g.year = :year and ((:quarter is null and g.quarter is null) or g.quarter = :quarter) and g.status <> dev.kaohe.goal.domain.GoalStatus.ARCHIVED order by g.id")
    List<Goal> findPersonal(long owner, int year, Integer quarter);

    @Query("select g from Goal g where g.orgUnitId = :unit and g.level = :level and g.year = :year and ((:quarter is null and g.quarter is null) or g.quarter = :quarter) and g.status <> dev.kaohe.goal.domain.GoalStatus.ARCHIVED order by g.priority, g.id")
    List<Goal> findOfUnit(long unit, GoalLevel level, int year, Integer quarter);

    @Query("select g from Goal g where g.level = dev.kaohe.goal.domain.GoalLevel.COMPANY and g.year = :year and ((:quarter is null and g.quarter is null) or g.quarter = :quarter) and g.status <> dev.kaohe.goal.domain.GoalStatus.ARCHIVED order by g.priority, g.id")
    List<Goal> findCompany(int year, Integer quarter);

    List<Goal> findByParentIdOrderById(long parentId);

    long countByParentId(long parentId);

    long countByParentIdAndStatus(long parentId, dev.kaohe.goal.domain.GoalStatus status);
}
