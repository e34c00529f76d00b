package dev.kaohe.org.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.demo.DemoOrganisation.Person;
import dev.kaohe.org.demo.DemoOrganisation.Rank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    private static DemoOrganisation generate(int employees, long seed) {
        return DemoGenerator.generate(new DemoPlan("KH", employees, seed, TODAY));
    }

    @Test
    void theSameSeedAndDayGiveTheSameOrganisation() {
        assertThat(generate(120, 7)).isEqualTo(generate(120, 7));
        assertThat(generate(5_000, 99)).isEqualTo(generate(5_000, 99));
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        List<String> names = generate(120, 7).people().stream().map(Person::name).toList();
        List<String> otherNames = generate(120, 8).people().stream().map(Person::name).toList();
        assertThat(names).isNotEqualTo(otherNames);
    }

    @Test
    void theStandardDemoIsAMarketingCentreOfAbout120PeopleInTeams() {
        DemoOrganisation org = generate(120, 20_240_601L);

        assertThat(org.people()).hasSize(120);
        assertThat(org.units().get(0)).satisfies(company -> {
            assertThat(company.name()).isEqualTo("华信消费品有限公司");
            assertThat(company.kind()).isEqualTo(OrgUnitKind.COMPANY);
        });
        assertThat(org.units().get(1).name()).isEqualTo("市场营销中心");
        assertThat(org.units().stream().filter(u -> u.kind() == OrgUnitKind.TEAM).map(DemoOrganisation.Unit::name))
                .contains("华东销售一部", "华南销售部", "大客户部", "电销中心", "市场策划部", "新媒体运营部", "渠道推广部",
                        "品牌管理部", "客户服务部");
        assertThat(org.people().get(0).employeeNo()).isEqualTo("KH0001");
        assertThat(org.people().get(0).rank()).isEqualTo(Rank.DIRECTOR);
        assertThat(org.people()).extracting(Person::employeeNo).doesNotHaveDuplicates();
        assertThat(org.people()).extracting(Person::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("\\p{IsHan}{2,4}"));
    }

    @Test
    void everyPositionFamilyAndSixMacroRegionsArePresent() {
        DemoOrganisation org = generate(120, 1);

        Set<PositionFamily> families = org.people().stream()
                .map(p -> org.positions().get(p.position()).family()).collect(Collectors.toSet());
        assertThat(families).isEqualTo(EnumSet.allOf(PositionFamily.class));
        assertThat(org.regions().stream().filter(r -> r.level() == RegionLevel.MACRO).map(DemoOrganisation.Area::name))
                .contains("华东", "华南", "华北", "华中", "西南", "西北");
        assertThat(org.regions().stream().filter(r -> r.level() == RegionLevel.CLUSTER).map(DemoOrganisation.Area::name))
                .contains("长三角", "珠三角", "成渝城市群");
        assertThat(org.regions()).filteredOn(r -> "上海".equals(r.name())).singleElement()
                .satisfies(shanghai -> assertThat(shanghai.tags()).contains("一线城市", "东部"));
        Set<String> macrosOfPeople = org.people().stream().map(p -> macroOf(org, p.region())).collect(Collectors.toSet());
        assertThat(macrosOfPeople).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void reportingLinesFormATreeAtLeastFourLevelsBelowTheDirector() {
        for (int size : new int[]{100, 120, 3_000}) {
            DemoOrganisation org = generate(size, size);
            int maxDepth = 0;
            for (int i = 0; i < org.people().size(); i++) {
                Person person = org.people().get(i);
                assertThat(person.manager()).as("manager comes first").isLessThan(i);
                int depth = 0;
                Set<Integer> seen = new HashSet<>();
                for (int m = person.manager(); m >= 0; m = org.people().get(m).manager()) {
                    assertThat(seen.add(m)).as("no cycle").isTrue();
                    depth++;
                }
                maxDepth = Math.max(maxDepth, depth);
                if (person.rank() != Rank.DIRECTOR) {
                    assertThat(person.manager()).isNotNegative();
                    assertThat(org.people().get(person.manager()).status()).isEqualTo(EmployeeStatus.ACTIVE);
                }
            }
            assertThat(maxDepth).as("edges from the deepest employee to the director, size %d", size)
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void hireDatesRunFromNewHiresOnProbationToVeteransAndSomeHaveLeft() {
        DemoOrganisation org = generate(120, 3);

        assertThat(org.people()).anySatisfy(p -> {
            assertThat(p.hireDate()).isAfter(TODAY.minusMonths(3));
            assertThat(p.probation()).isTrue();
        });
        assertThat(org.people()).anySatisfy(p -> assertThat(p.hireDate()).isBefore(TODAY.minusYears(10)));
        assertThat(org.people()).filteredOn(p -> p.status() == EmployeeStatus.LEFT).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.leaveDate()).isAfter(p.hireDate()).isBefore(TODAY);
                    assertThat(p.rank()).isEqualTo(Rank.STAFF);
                });
        assertThat(org.people()).filteredOn(p -> p.status() == EmployeeStatus.ACTIVE)
                .allSatisfy(p -> assertThat(p.leaveDate()).isNull());
        assertThat(org.people()).extracting(Person::careerTrack).contains(
                dev.kaohe.org.CareerTrack.MANAGEMENT, dev.kaohe.org.CareerTrack.EXPERT);
    }

    @Test
    void largerCompaniesHaveMoreTeamsAndCitiesOfTheSameShape() {
        DemoOrganisation small = generate(120, 1);
        DemoOrganisation large = generate(50_000, 1);

        assertThat(large.people()).hasSize(50_000);
        assertThat(large.people().get(49_999).employeeNo()).isEqualTo("KH50000");
        assertThat(countTeams(large)).isGreaterThan(20 * countTeams(small));
        assertThat(large.regions().size()).isGreaterThan(small.regions().size());
        Map<Rank, Long> ranks = large.people().stream().collect(Collectors.groupingBy(Person::rank, Collectors.counting()));
        assertThat(ranks.get(Rank.DIRECTOR)).isEqualTo(1);
        assertThat(ranks.get(Rank.STAFF)).isGreaterThan(40_000);
        assertThat(large.units()).extracting(DemoOrganisation.Unit::code).doesNotHaveDuplicates();
    }

    private static long countTeams(DemoOrganisation org) {
        return org.units().stream().filter(u -> u.kind() == OrgUnitKind.TEAM).count();
    }

    private static String macroOf(DemoOrganisation org, int region) {
        int r = region;
        while (org.regions().get(r).parent() >= 0) {
            r = org.regions().get(r).parent();
        }
        return org.regions().get(r).name();
    }
}
