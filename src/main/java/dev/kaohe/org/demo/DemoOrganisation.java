package dev.kaohe.org.demo;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.org.RegionLevel;

/**
 * A generated organisation before it has database ids: rows refer to each other by list index
 * (-1 for none), and every list is in an order where a parent or manager comes before its children.
 */
public record DemoOrganisation(List<Unit> units, List<Area> regions, List<Position> positions, List<Person> people) {

    public record Unit(String code, String name, OrgUnitKind kind, int parent, int sortOrder) {
    }

    public record Area(String code, String name, RegionLevel level, int parent, String tags) {
    }

    public record Position(String code, String name, PositionFamily family, String description) {
    }

    /** Where a person stands in the reporting tree. */
    public enum Rank {
        DIRECTOR, DEPARTMENT_MANAGER, TEAM_LEAD, SUPERVISOR, STAFF
    }

    public record Person(String employeeNo, String name, Rank rank, int unit, int position, int manager, int region,
                         LocalDate hireDate, boolean probation, CareerTrack careerTrack, EmployeeStatus status,
                         LocalDate leaveDate, String email) {
    }
}
