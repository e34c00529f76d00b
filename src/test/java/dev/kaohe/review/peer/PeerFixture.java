package dev.kaohe.review.peer;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CycleForm;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.Population;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.PositionView;
import dev.kaohe.support.TestUsers;
import org.springframework.stereotype.Component;

/**
 * A company with a sales team (boss → lead → staff, and three colleagues under the boss) and a marketing
 * department with its head, assessed in a quarterly cycle on scheme preset B (whose "teamwork" item is rated).
 */
@Component
public class PeerFixture {

    private final OrgFixture org;
    private final CycleFixture cycleFixture;
    private final Cycles cycles;
    private final CycleDirectory directory;

    PeerFixture(OrgFixture org, CycleFixture cycleFixture, Cycles cycles, CycleDirectory directory) {
        this.org = org;
        this.cycleFixture = cycleFixture;
        this.cycles = cycles;
        this.directory = directory;
    }

    public record World(OrgUnitView company, OrgUnitView sales, OrgUnitView marketing, EmployeeView boss, EmployeeView lead,
                        EmployeeView staff, List<EmployeeView> peers, EmployeeView marketingHead, CycleView cycle,
                        ParticipantView staffParticipant) {

        public CurrentUser as(EmployeeView e, Role... roles) {
            return TestUsers.user("u-" + e.employeeNo().toLowerCase(), e.id(), roles);
        }
    }

    public World world() {
        return world(CycleType.QUARTERLY);
    }

    public World world(CycleType type) {
        OrgUnitView company = org.unit("互评公司", null);
        OrgUnitView sales = org.unit("销售部", company.id());
        OrgUnitView marketing = org.unit("市场部", company.id());
        PositionView position = org.position("销售代表");
        EmployeeView boss = org.employee("吴总监", sales, position, null);
        EmployeeView lead = org.employee("郑经理", sales, position, boss.id());
        EmployeeView staff = org.employee("王小明", sales, position, lead.id());
        List<EmployeeView> peers = List.of(org.employee("冯同事", sales, position, boss.id()),
                org.employee("陈同事", sales, position, boss.id()), org.employee("褚同事", sales, position, boss.id()));
        EmployeeView head = org.employee("卫主管", marketing, position, null);
        String scheme = cycleFixture.lockedScheme();
        LocalDate start = type == CycleType.QUARTERLY ? LocalDate.of(2026, 7, 1) : LocalDate.of(2026, 7, 1);
        LocalDate end = type == CycleType.QUARTERLY ? LocalDate.of(2026, 9, 30) : LocalDate.of(2026, 7, 31);
        CycleView cycle = org.asHr(() -> cycles.create(new CycleForm("互评 " + OrgFixture.unique(""), type, start, end, scheme, null,
                new Population(List.of(company.id()), true, null, null, null, null, false), null)));
        ParticipantView participant = directory.participant(cycle.id(), staff.id()).orElseThrow();
        return new World(company, sales, marketing, boss, lead, staff, peers, head, cycle, participant);
    }

    public ParticipantView participant(World world, EmployeeView e) {
        return directory.participant(world.cycle().id(), e.id()).orElseThrow();
    }
}
