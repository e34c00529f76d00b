package dev.kaohe.org.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.org.DemoCompany;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loads the demo company under its own prefix into the shared test database and reads it back with SQL. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCompanyIT {

    private static final String PREFIX = "ZDEMO";

    @Autowired
    DemoCompany demoCompany;
    @Autowired
    JdbcTemplate jdbc;

    private DemoCompany.Summary summary;

    @BeforeAll
    void load() {
        summary = demoCompany.generate(PREFIX, 120, DemoCompany.DEFAULT_SEED);
    }

    @Test
    void writesAbout120PeopleWithTheirUnitsRegionsAndPositions() {
        assertThat(count("select count(*) from employee where employee_no like 'ZDEMO%'")).isEqualTo(120);
        assertThat(count("select count(*) from org_unit where code like 'ZDEMO-%'")).isEqualTo(summary.orgUnits());
        assertThat(jdbc.queryForObject("select name from employee where employee_no = 'ZDEMO0001'", String.class))
                .isEqualTo(summary.director().name());
        assertThat(summary.director().id()).isEqualTo(
                jdbc.queryForObject("select id from employee where employee_no = 'ZDEMO0001'", Long.class));
        assertThat(count("""
                select count(*) from employee e join org_unit u on u.id = e.org_unit_id
                where e.employee_no like 'ZDEMO%' and u.code not like 'ZDEMO-%'""")).isZero();
    }

    @Test
    void hasSixOrMoreMacroRegionsAndEveryPositionFamily() {
        assertThat(count("select count(*) from region where code like 'ZDEMO-%' and level = 'MACRO'"))
                .isGreaterThanOrEqualTo(6);
        assertThat(count("""
                select count(*) from region c join region p on p.id = c.parent_id
                where c.code like 'ZDEMO-%' and c.level = 'CITY' and c.name = '成都' and p.name = '成渝城市群'""")).isEqualTo(1);
        Set<String> families = Set.copyOf(jdbc.queryForList("""
                select distinct p.family from employee e join job_position p on p.id = e.position_id
                where e.employee_no like 'ZDEMO%'""", String.class));
        assertThat(families).isEqualTo(java.util.Arrays.stream(PositionFamily.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void reportingLinesHaveNoCyclesAndReachFourLevelsBelowTheDirector() {
        List<Integer> depths = jdbc.queryForList("""
                with recursive chain(id, depth, path) as (
                    select id, 0, array[id] from employee where employee_no = 'ZDEMO0001'
                    union all
                    select e.id, c.depth + 1, c.path || e.id from employee e join chain c on e.manager_id = c.id
                    where not e.id = any(c.path)
                )
                select depth from chain""", Integer.class);
        assertThat(depths).as("everyone reached exactly once from the director").hasSize(120);
        assertThat(depths.stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from employee where employee_no like 'ZDEMO%' and manager_id is null")).isEqualTo(1);
    }

    @Test
    void someAreOnProbationAndSomeHaveLeft() {
        assertThat(count("select count(*) from employee where employee_no like 'ZDEMO%' and probation")).isPositive();
        assertThat(count("""
                select count(*) from employee where employee_no like 'ZDEMO%'
                and status = 'LEFT' and leave_date > hire_date""")).isPositive();
    }

    @Test
    void recordsOneAuditEntryWithTheCounts() {
        List<String> entries = jdbc.queryForList(
                "select after_state from audit_entry where action = 'demo.load' and entity_id = 'ZDEMO'", String.class);
        assertThat(entries).singleElement().satisfies(after -> assertThat(after).contains("\"employees\":120"));
    }

    @Test
    void loadingTheSamePrefixAgainIsRefusedAndWritesNothing() {
        long before = count("select count(*) from employee");
        assertThatThrownBy(() -> demoCompany.generate(PREFIX, 120, 1L))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ZDEMO");
        assertThat(count("select count(*) from employee")).isEqualTo(before);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
