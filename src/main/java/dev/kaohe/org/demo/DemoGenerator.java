package dev.kaohe.org.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.demo.DemoCatalogue.City;
import dev.kaohe.org.demo.DemoCatalogue.TeamKind;
import dev.kaohe.org.demo.DemoOrganisation.Area;
import dev.kaohe.org.demo.DemoOrganisation.Person;
import dev.kaohe.org.demo.DemoOrganisation.Position;
import dev.kaohe.org.demo.DemoOrganisation.Rank;
import dev.kaohe.org.demo.DemoOrganisation.Unit;

/**
 * Builds the demo company in memory: 华信消费品有限公司 → 市场营销中心 → departments → teams, with a
 * director, department managers, team leads, supervisors in big teams, and staff. Larger head counts get
 * more departments, teams and cities of the same shape. Only {@link Random} with the plan's seed decides,
 * so a plan always gives the same organisation.
 */
public final class DemoGenerator {

    /** Teams with at least this many staff get supervisors, one per {@link #SUPERVISOR_SPAN} staff. */
    private static final int SUPERVISED_TEAM = 12;
    private static final int SUPERVISOR_SPAN = 7;
    /** Head count per copy of each department; bigger companies split departments. */
    private static final int DEPARTMENT_HEADCOUNT = 2500;
    private static final String NUMERALS = "一二三四五六七八九十";

    private final DemoPlan plan;
    private final Random random;
    private final DemoNames names;
    private final String employeeNoFormat;

    private final List<Unit> units = new ArrayList<>();
    private final List<Area> regions = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Integer> positionByCode = new HashMap<>();
    private final Map<String, Integer> cityByName = new HashMap<>();
    private final Map<String, List<String>> citiesByMacroName = new LinkedHashMap<>();

    private DemoGenerator(DemoPlan plan) {
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.names = new DemoNames(random, plan.employees());
        int width = Math.max(4, String.valueOf(plan.employees()).length());
        this.employeeNoFormat = plan.prefix() + "%0" + width + "d";
    }

    public static DemoOrganisation generate(DemoPlan plan) {
        return new DemoGenerator(plan).build();
    }

    private DemoOrganisation build() {
        addRegions();
        addPositions();
        int company = addUnit(DemoCatalogue.COMPANY, OrgUnitKind.COMPANY, -1, 0);
        int centre = addUnit(DemoCatalogue.MARKETING_CENTRE, OrgUnitKind.DEPARTMENT, company, 0);
        int headquarters = cityByName.get(DemoCatalogue.HEADQUARTERS_CITY);
        int director = addPerson(Rank.DIRECTOR, centre, "DIR", -1, headquarters);

        int copies = (plan.employees() + DEPARTMENT_HEADCOUNT - 1) / DEPARTMENT_HEADCOUNT;
        int[][] departments = new int[DemoCatalogue.DEPARTMENTS.size()][copies];
        int[][] departmentManagers = new int[DemoCatalogue.DEPARTMENTS.size()][copies];
        for (int d = 0; d < DemoCatalogue.DEPARTMENTS.size(); d++) {
            for (int c = 0; c < copies; c++) {
                String name = DemoCatalogue.DEPARTMENTS.get(d) + (copies == 1 ? "" : "（" + (c + 1) + "）");
                departments[d][c] = addUnit(name, OrgUnitKind.DEPARTMENT, centre, d * copies + c);
                departmentManagers[d][c] = addPerson(Rank.DEPARTMENT_MANAGER, departments[d][c], "DM", director, headquarters);
            }
        }

        int[] headcount = headcountPerKind(plan.employees() - people.size());
        int[] teamsInDepartment = new int[DemoCatalogue.DEPARTMENTS.size()];
        for (int k = 0; k < DemoCatalogue.TEAM_KINDS.size(); k++) {
            TeamKind kind = DemoCatalogue.TEAM_KINDS.get(k);
            int teams = Math.max(1, Math.min(Math.round((float) headcount[k] / kind.size()), headcount[k] / 2));
            List<String> teamNames = teamNames(kind, teams);
            for (int t = 0; t < teams; t++) {
                int size = headcount[k] / teams + (t < headcount[k] % teams ? 1 : 0);
                int placed = teamsInDepartment[kind.department()]++;
                int copy = placed % copies;
                int unit = addUnit(teamNames.get(t), OrgUnitKind.TEAM, departments[kind.department()][copy], placed / copies);
                addTeam(kind, t, unit, size, departmentManagers[kind.department()][copy]);
            }
        }
        ensureSomeNewHiresAndLeavers();
        return new DemoOrganisation(List.copyOf(units), List.copyOf(regions), List.copyOf(positions), List.copyOf(people));
    }

    private void addRegions() {
        Map<String, Integer> macroByCode = new HashMap<>();
        Map<String, Integer> clusterByCode = new HashMap<>();
        for (DemoCatalogue.Macro macro : DemoCatalogue.MACROS) {
            macroByCode.put(macro.code(), addRegion(macro.code(), macro.name(), RegionLevel.MACRO, -1, macro.tags()));
        }
        for (DemoCatalogue.Cluster cluster : DemoCatalogue.CLUSTERS) {
            clusterByCode.put(cluster.code(), addRegion(cluster.code(), cluster.name(), RegionLevel.CLUSTER,
                    macroByCode.get(cluster.macro()), null));
        }
        int cities = Math.min(DemoCatalogue.CITIES.size(), DemoCatalogue.BASE_CITIES + plan.employees() / 5000);
        for (City city : DemoCatalogue.CITIES.subList(0, cities)) {
            int parent = city.cluster() == null ? macroByCode.get(city.macro()) : clusterByCode.get(city.cluster());
            cityByName.put(city.name(), addRegion(city.code(), city.name(), RegionLevel.CITY, parent, city.tags()));
            String macroName = regions.get(macroByCode.get(city.macro())).name();
            citiesByMacroName.computeIfAbsent(macroName, m -> new ArrayList<>()).add(city.name());
        }
    }

    private int addRegion(String code, String name, RegionLevel level, int parent, String tags) {
        regions.add(new Area(plan.prefix() + "-R-" + code, name, level, parent, tags));
        return regions.size() - 1;
    }

    private void addPositions() {
        for (DemoCatalogue.PositionSpec spec : DemoCatalogue.POSITIONS) {
            positionByCode.put(spec.code(), positions.size());
            positions.add(new Position(plan.prefix() + "-P-" + spec.code(), spec.name(), spec.family(), spec.description()));
        }
    }

    private int addUnit(String name, OrgUnitKind kind, int parent, int sortOrder) {
        units.add(new Unit(String.format(Locale.ROOT, "%s-U%04d", plan.prefix(), units.size() + 1), name, kind, parent, sortOrder));
        return units.size() - 1;
    }

    /** Splits the staff head count over the kinds of team by their share; every kind gets at least two people. */
    private static int[] headcountPerKind(int staff) {
        List<TeamKind> kinds = DemoCatalogue.TEAM_KINDS;
        int[] headcount = new int[kinds.size()];
        int assigned = 0;
        for (int k = 0; k < kinds.size(); k++) {
            headcount[k] = Math.max(2, staff * kinds.get(k).share() / 100);
            assigned += headcount[k];
        }
        headcount[0] += staff - assigned; // regional sales absorbs the rounding
        return headcount;
    }

    private List<String> teamNames(TeamKind kind, int teams) {
        List<String> result = new ArrayList<>(teams);
        if (kind.cities() != null) {
            for (int t = 0; t < teams; t++) {
                result.add(teams == 1 ? kind.name() : kind.name() + numeral(t + 1) + "组");
            }
            return result;
        }
        Map<String, Integer> perMacro = new HashMap<>();
        for (int t = 0; t < teams; t++) {
            perMacro.merge(salesMacro(t), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int t = 0; t < teams; t++) {
            String macro = salesMacro(t);
            int number = seen.merge(macro, 1, Integer::sum);
            result.add(macro + "销售" + (perMacro.get(macro) == 1 ? "" : numeral(number)) + "部");
        }
        return result;
    }

    private static String salesMacro(int team) {
        return DemoCatalogue.SALES_MACRO_ORDER.get(team % DemoCatalogue.SALES_MACRO_ORDER.size());
    }

    private static String numeral(int n) {
        return n <= NUMERALS.length() ? String.valueOf(NUMERALS.charAt(n - 1)) : String.valueOf(n);
    }

    /** A lead, supervisors when the team is big, and staff reporting to a supervisor or the lead. */
    private void addTeam(TeamKind kind, int teamNumber, int unit, int size, int departmentManager) {
        List<String> cities = kind.cities() != null ? kind.cities() : citiesByMacroName.get(salesMacro(teamNumber));
        String home = cities.get(teamNumber % cities.size());
        int lead = addPerson(Rank.TEAM_LEAD, unit, kind.lead(), departmentManager, cityByName.get(home));
        int staff = size - 1;
        int supervisorCount = staff >= SUPERVISED_TEAM ? staff / SUPERVISOR_SPAN : 0;
        int[] supervisors = new int[supervisorCount];
        for (int s = 0; s < supervisorCount; s++) {
            supervisors[s] = addPerson(Rank.SUPERVISOR, unit, "SUP", lead, cityByName.get(home));
        }
        for (int i = 0; i < staff - supervisorCount; i++) {
            int manager = supervisorCount == 0 ? lead : supervisors[i % supervisorCount];
            String city = kind.cities() == null || kind.travelling() ? cities.get((teamNumber + i) % cities.size()) : home;
            String position = kind.staff().get(i % kind.staff().size());
            addPerson(Rank.STAFF, unit, position, manager, cityByName.get(city));
        }
    }

    private int addPerson(Rank rank, int unit, String positionCode, int manager, int region) {
        LocalDate today = plan.referenceDate();
        int tenure = tenureDays(rank);
        LocalDate hired = today.minusDays(tenure);
        boolean probation = rank == Rank.STAFF && (tenure < 90 || (tenure < 183 && random.nextInt(10) < 3));
        EmployeeStatus status = EmployeeStatus.ACTIVE;
        LocalDate left = null;
        if (rank == Rank.STAFF && tenure >= 180 && random.nextInt(100) < 5) {
            status = EmployeeStatus.LEFT;
            left = today.minusDays(between(1, Math.min(365, tenure - 60)));
            probation = false;
        }
        String employeeNo = String.format(Locale.ROOT, employeeNoFormat, people.size() + 1);
        people.add(new Person(employeeNo, names.next(), rank, unit, positionByCode.get(positionCode), manager, region,
                hired, probation, careerTrack(rank, tenure), status, left, email(employeeNo)));
        return people.size() - 1;
    }

    private int tenureDays(Rank rank) {
        return switch (rank) {
            case DIRECTOR -> between(11 * 365, 15 * 365);
            case DEPARTMENT_MANAGER -> between(8 * 365, 13 * 365);
            case TEAM_LEAD -> between(3 * 365, 10 * 365);
            case SUPERVISOR -> between(2 * 365, 7 * 365);
            case STAFF -> {
                int r = random.nextInt(100);
                if (r < 12) {
                    yield between(0, 89);
                } else if (r < 22) {
                    yield between(90, 182);
                } else if (r < 62) {
                    yield between(183, 3 * 365 - 1);
                } else if (r < 90) {
                    yield between(3 * 365, 8 * 365 - 1);
                }
                yield between(8 * 365, 12 * 365);
            }
        };
    }

    private CareerTrack careerTrack(Rank rank, int tenure) {
        if (rank != Rank.STAFF) {
            return CareerTrack.MANAGEMENT;
        }
        if (tenure >= 3 * 365) {
            return random.nextInt(10) < 7 ? CareerTrack.EXPERT : CareerTrack.MANAGEMENT;
        }
        if (tenure >= 365) {
            return random.nextBoolean() ? CareerTrack.EXPERT : null;
        }
        return null;
    }

    /** Small companies drawn by chance could lack a probationer or a leaver; the demo needs both. */
    private void ensureSomeNewHiresAndLeavers() {
        LocalDate today = plan.referenceDate();
        if (people.stream().noneMatch(Person::probation)) {
            int last = people.size() - 1;
            Person p = people.get(last);
            people.set(last, new Person(p.employeeNo(), p.name(), p.rank(), p.unit(), p.position(), p.manager(), p.region(),
                    today.minusDays(30), true, null, EmployeeStatus.ACTIVE, null, p.email()));
        }
        if (people.stream().noneMatch(p -> p.status() == EmployeeStatus.LEFT)) {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (p.rank() == Rank.STAFF && p.hireDate().isBefore(today.minusDays(180))) {
                    people.set(i, new Person(p.employeeNo(), p.name(), p.rank(), p.unit(), p.position(), p.manager(),
                            p.region(), p.hireDate(), false, p.careerTrack(), EmployeeStatus.LEFT, today.minusDays(30), p.email()));
                    break;
                }
            }
        }
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static String email(String employeeNo) {
        return employeeNo.toLowerCase(Locale.ROOT) + "@huaxin.example.com";
    }
}
