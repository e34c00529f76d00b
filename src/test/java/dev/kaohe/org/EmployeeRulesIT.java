package dev.kaohe.org;

import java.time.LocalDate;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(OrgFixture.class)
class EmployeeRulesIT {

    @Autowired
    OrgFixture fixture;
    @Autowired
    Employees employees;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonCannotEndUpManagingTheirOwnManager() {
        OrgFixture.Team team = fixture.team();
        EmployeeForm bossReportsToStaff = withManager(team.boss(), team.staff().id());

        assertThatThrownBy(() -> fixture.asHr(() -> employees.update(team.boss().id(), bossReportsToStaff)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("managerId");
                            assertThat(p.message()).contains(team.staff().name()).contains(team.boss().name());
                        }));
    }

    @Test
    void anEmployeeCannotBeTheirOwnManager() {
        OrgFixture.Team team = fixture.team();
        assertThatThrownBy(() -> fixture.asHr(() -> employees.update(team.lead().id(), withManager(team.lead(), team.lead().id()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").contains("managerId"));
    }

    @Test
    void movingSomeoneUnderAnotherBranchIsFine() {
        OrgFixture.Team team = fixture.team();
        EmployeeView moved = fixture.asHr(() -> employees.update(team.staff().id(), withManager(team.staff(), team.other().id())));
        assertThat(moved.managerName()).isEqualTo(team.other().name());
        assertThat(moved.version()).isEqualTo(team.staff().version() + 1);
    }

    @Test
    void employeeNumbersAreUnique() {
        OrgFixture.Team team = fixture.team();
        EmployeeForm copy = new EmployeeForm(team.staff().employeeNo(), "重复", team.unit().id(), team.position().id(),
                null, null, LocalDate.of(2023, 1, 1), false, null, null, null, null);

        assertThatThrownBy(() -> fixture.asHr(() -> employees.create(copy)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("employeeNo");
                            assertThat(p.message()).contains(team.staff().employeeNo());
                        }));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        EmployeeForm empty = new EmployeeForm(" ", null, null, null, 999_999_999L, null, null, false, null, "no-at-sign", null, null);

        assertThatThrownBy(() -> fixture.asHr(() -> employees.create(empty)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting("field")
                        .contains("employeeNo", "name", "orgUnitId", "positionId", "managerId", "hireDate", "email"));
    }

    @Test
    void aManagerWhoLeftCannotTakeNewReports() {
        OrgFixture.Team team = fixture.team();
        fixture.asHr(() -> employees.deactivate(team.peer().id(), new Deactivation(LocalDate.of(2024, 5, 31), null)));

        assertThatThrownBy(() -> fixture.asHr(() -> employees.update(team.staff().id(), withManager(team.staff(), team.peer().id()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("managerId"));
    }

    @Test
    void leavingKeepsTheRecordAndItsHistory() {
        OrgFixture.Team team = fixture.team();
        EmployeeView left = fixture.asHr(() -> employees.deactivate(team.staff().id(),
                new Deactivation(LocalDate.of(2024, 6, 30), team.staff().version())));

        assertThat(left.status()).isEqualTo(EmployeeStatus.LEFT);
        assertThat(left.leaveDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(fixture.asHr(() -> employees.get(team.staff().id())).name()).isEqualTo(team.staff().name());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'employee' and entity_id = ? order by seq",
                String.class, String.valueOf(team.staff().id()))).containsExactly("employee.create", "employee.deactivate");

        EmployeeView back = fixture.asHr(() -> employees.reactivate(team.staff().id(), left.version()));
        assertThat(back.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(back.leaveDate()).isNull();
    }

    @Test
    void theLeaveDateCannotPrecedeTheHireDate() {
        OrgFixture.Team team = fixture.team();
        assertThatThrownBy(() -> fixture.asHr(() -> employees.deactivate(team.staff().id(),
                new Deactivation(LocalDate.of(2020, 1, 1), null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("leaveDate"));
    }

    @Test
    void aManagerWithActiveReportsCannotLeaveUntilTheyAreReassigned() {
        OrgFixture.Team team = fixture.team();
        assertThatThrownBy(() -> fixture.asHr(() -> employees.deactivate(team.lead().id(),
                new Deactivation(LocalDate.of(2024, 6, 30), null))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefused() {
        OrgFixture.Team team = fixture.team();
        EmployeeForm first = EmployeeForm.of(team.staff());
        fixture.asHr(() -> employees.update(team.staff().id(), first));

        EmployeeForm stale = new EmployeeForm(first.employeeNo(), "后来者", first.orgUnitId(), first.positionId(),
                first.managerId(), null, first.hireDate(), false, null, null, null, team.staff().version());
        assertThatThrownBy(() -> fixture.asHr(() -> employees.update(team.staff().id(), stale)))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.asHr(() -> employees.get(team.staff().id())).name()).isEqualTo(team.staff().name());
    }

    @Test
    void theReportingChainRunsToTheTopAndTheSubtreeCountsEveryoneBelow() {
        OrgFixture.Team team = fixture.team();
        assertThat(fixture.asHr(() -> employees.reportingChain(team.staff().id())))
                .extracting(EmployeeRef::name).containsExactly(team.lead().name(), team.boss().name());
        Reports reports = fixture.asHr(() -> employees.reports(team.boss().id()));
        assertThat(reports.direct()).extracting(EmployeeRef::id).containsExactly(team.lead().id());
        assertThat(reports.subtreeSize()).isEqualTo(2);
    }

    @Test
    void aUnitWithActiveEmployeesCannotBeDeactivated() {
        OrgFixture.Team team = fixture.team();
        assertThatThrownBy(() -> fixture.asHr(() -> units.deactivate(team.unit().id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).contains(team.unit().name()).contains("5"));
    }

    @Test
    void aUnitCannotBecomeItsOwnAncestor() {
        OrgFixture.Team team = fixture.team();
        OrgUnitView company = team.company();
        OrgUnitForm underItsChild = new OrgUnitForm(company.code(), company.name(), OrgUnitKind.COMPANY, team.unit().id(),
                0, company.version());
        assertThatThrownBy(() -> fixture.asHr(() -> units.update(company.id(), underItsChild)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("parentId"));
    }

    @Test
    void searchFindsByNameWithinAUnitAndItsSubUnits() {
        OrgFixture.Team team = fixture.team();
        var page = fixture.asHr(() -> employees.search(new EmployeeFilter("孙", team.company().id(), null, null,
                EmployeeStatus.ACTIVE, null, false), org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(page.getContent()).extracting(EmployeeView::id).containsExactly(team.staff().id());
        assertThat(page.getContent().get(0).orgUnitName()).isEqualTo("华东一组");
        assertThat(page.getContent().get(0).managerName()).isEqualTo(team.lead().name());
    }

    private static EmployeeForm withManager(EmployeeView e, Long managerId) {
        return new EmployeeForm(e.employeeNo(), e.name(), e.orgUnitId(), e.positionId(), managerId, e.regionId(),
                e.hireDate(), e.probation(), e.careerTrack(), e.email(), e.phone(), e.version());
    }
}
