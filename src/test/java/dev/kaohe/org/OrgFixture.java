package dev.kaohe.org;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.TestUsers;
import org.springframework.stereotype.Component;

/** Builds small organisations through the real services, with codes unique to each test. */
@Component
public class OrgFixture {

    public static final CurrentUser HR = TestUsers.user("fixture-hr", null, Role.HR);

    private final Employees employees;
    private final OrgUnits units;
    private final Positions positions;

    OrgFixture(Employees employees, OrgUnits units, Positions positions) {
        this.employees = employees;
        this.units = units;
        this.positions = positions;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public <T> T asHr(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(HR, () -> result.set(work.get()));
        return result.get();
    }

    public OrgUnitView unit(String name, Long parentId) {
        return asHr(() -> units.create(new OrgUnitForm(unique("U"), name,
                parentId == null ? OrgUnitKind.COMPANY : OrgUnitKind.TEAM, parentId, 0, null)));
    }

    public PositionView position(String name) {
        return asHr(() -> positions.create(new PositionForm(unique("P"), name, PositionFamily.SALES_REP, null, null)));
    }

    public EmployeeView employee(String name, OrgUnitView unit, PositionView position, Long managerId) {
        return asHr(() -> employees.create(new EmployeeForm(unique("E"), name, unit.id(), position.id(), managerId, null,
                LocalDate.of(2022, 3, 1), false, CareerTrack.EXPERT, null, null, null)));
    }

    /** boss → lead → staff, and beside them peer under boss' sibling other. */
    public Team team() {
        OrgUnitView company = unit("测试公司", null);
        OrgUnitView unit = unit("华东一组", company.id());
        PositionView position = position("销售代表");
        EmployeeView boss = employee("赵总", unit, position, null);
        EmployeeView lead = employee("钱经理", unit, position, boss.id());
        EmployeeView staff = employee("孙员工", unit, position, lead.id());
        EmployeeView other = employee("李经理", unit, position, null);
        EmployeeView peer = employee("周员工", unit, position, other.id());
        return new Team(company, unit, position, boss, lead, staff, other, peer);
    }

    public record Team(OrgUnitView company, OrgUnitView unit, PositionView position, EmployeeView boss,
                       EmployeeView lead, EmployeeView staff, EmployeeView other, EmployeeView peer) {

        public EmployeeForm formOf(EmployeeView e) {
            return EmployeeForm.of(e);
        }
    }
}
