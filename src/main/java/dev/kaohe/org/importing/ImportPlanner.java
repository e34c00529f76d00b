package dev.kaohe.org.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kaohe.platform.sheets.SheetReader;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.domain.ReportingTree;
import dev.kaohe.org.importing.ImportPlan.Planned;
import dev.kaohe.org.importing.ImportPlan.Problem;
import dev.kaohe.org.importing.ImportPlan.References;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.RegionRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a sheet against the organisation and works out what importing it would change. Every problem is
 * collected (not just the first), each at the row and column where the person can fix it.
 *
 * <p>A column left out of the sheet keeps the stored values of existing employees; a column present with
 * an empty cell clears an optional value. So a full export imports back unchanged.</p>
 */
@Component
class ImportPlanner {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<ImportColumn, Integer> MAX_LENGTH = Map.of(
            ImportColumn.EMPLOYEE_NO, 32, ImportColumn.NAME, 64, ImportColumn.EMAIL, 120, ImportColumn.PHONE, 32);

    private final OrgUnitRepository units;
    private final JobPositionRepository positions;
    private final RegionRepository regions;
    private final JdbcTemplate jdbc;

    ImportPlanner(OrgUnitRepository units, JobPositionRepository positions, RegionRepository regions, JdbcTemplate jdbc) {
        this.units = units;
        this.positions = positions;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    ImportPlan plan(SheetReader.Sheet sheet, int maxRows) {
        References references = references();
        Work work = new Work(sheet, references);
        if (!work.readHeader()) {
            return work.result();
        }
        if (sheet.tooManyRows()) {
            work.problems.add(new Problem(sheet.header().number(), "", "", "import.problem.tooManyRows", List.of(maxRows)));
            return work.result();
        }
        sheet.rows().forEach(work::readRow);
        work.checkManagers();
        work.compare();
        return work.result();
    }

    References references() {
        Catalogue unitCatalogue = new Catalogue(units.findAll().stream()
                .map(u -> new Catalogue.Entry(u.getId(), u.getCode(), u.getName(), u.isActive())).toList());
        Catalogue positionCatalogue = new Catalogue(positions.findAll().stream()
                .map(p -> new Catalogue.Entry(p.getId(), p.getCode(), p.getName(), p.isActive())).toList());
        Catalogue regionCatalogue = new Catalogue(regions.findAll().stream()
                .map(r -> new Catalogue.Entry(r.getId(), r.getCode(), r.getName(), r.isActive())).toList());
        return new References(unitCatalogue, positionCatalogue, regionCatalogue, new HashMap<>());
    }

    /** Every stored employee, as the sheet would describe them, keyed by employee number. */
    private Map<String, Stored> storedEmployees() {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.query("""
                select e.id, e.version, e.employee_no, e.name, u.code as unit, p.code as position, m.employee_no as manager,
                       r.code as region, e.hire_date, e.probation, e.career_track, e.status, e.leave_date, e.email, e.phone
                from employee e
                join org_unit u on u.id = e.org_unit_id
                join job_position p on p.id = e.position_id
                left join employee m on m.id = e.manager_id
                left join region r on r.id = e.region_id""", rs -> {
            String track = rs.getString("career_track");
            java.sql.Date leave = rs.getDate("leave_date");
            EmployeeValues values = new EmployeeValues(rs.getString("employee_no"), rs.getString("name"),
                    rs.getString("unit"), rs.getString("position"), rs.getString("manager"), rs.getString("region"),
                    rs.getDate("hire_date").toLocalDate(), rs.getBoolean("probation"),
                    track == null ? null : CareerTrack.valueOf(track), EmployeeStatus.valueOf(rs.getString("status")),
                    leave == null ? null : leave.toLocalDate(), rs.getString("email"), rs.getString("phone"));
            stored.put(values.employeeNo(), new Stored(rs.getLong("id"), rs.getLong("version"), values));
        });
        return stored;
    }

    private record Stored(long id, long version, EmployeeValues values) {
    }

    /** A data row read into values; {@code complete} when every value could be read. */
    private record Parsed(int row, EmployeeValues values, boolean complete) {
    }

    /** The state of planning one sheet. */
    private final class Work {
        private final SheetReader.Sheet sheet;
        private final References references;
        private final Map<String, Stored> stored;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        private final Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        private final Map<String, Parsed> byNo = new LinkedHashMap<>();
        private final List<Planned> creates = new ArrayList<>();
        private final List<Planned> updates = new ArrayList<>();
        private int unchanged;

        Work(SheetReader.Sheet sheet, References references) {
            this.sheet = sheet;
            this.references = references;
            this.stored = storedEmployees();
            stored.forEach((no, s) -> references.employeeIds().put(no, s.id()));
        }

        boolean readHeader() {
            SheetReader.Row header = sheet.header();
            for (int i = 0; i < header.cells().size(); i++) {
                String text = header.cell(i);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<ImportColumn> column = ImportColumn.forHeader(text);
                if (column.isEmpty()) {
                    problems.add(new Problem(header.number(), text, text, "import.problem.unknownColumn", List.of()));
                } else if (index.containsKey(column.get())) {
                    problems.add(new Problem(header.number(), text, text, "import.problem.duplicateColumn",
                            List.of(headers.get(column.get()))));
                } else {
                    index.put(column.get(), i);
                    headers.put(column.get(), text);
                }
            }
            boolean complete = true;
            for (ImportColumn column : ImportColumn.values()) {
                if (column.required() && !index.containsKey(column)) {
                    problems.add(new Problem(header.number(), column.header(), "", "import.problem.missingColumn", List.of()));
                    complete = false;
                }
            }
            return complete;
        }

        private String header(ImportColumn column) {
            return headers.getOrDefault(column, column.header());
        }

        private boolean has(ImportColumn column) {
            return index.containsKey(column);
        }

        private String cell(SheetReader.Row row, ImportColumn column) {
            Integer i = index.get(column);
            return i == null ? "" : row.cell(i);
        }

        private void problem(SheetReader.Row row, ImportColumn column, String value, String key, Object... args) {
            problems.add(new Problem(row.number(), header(column), value, key, List.of(args)));
        }

        void readRow(SheetReader.Row row) {
            int before = problems.size();
            String no = text(row, ImportColumn.EMPLOYEE_NO, true);
            if (no != null && byNo.containsKey(no)) {
                problem(row, ImportColumn.EMPLOYEE_NO, no, "import.problem.duplicateEmployeeNo", String.valueOf(byNo.get(no).row()));
                return;
            }
            Stored existing = no == null ? null : stored.get(no);
            EmployeeValues old = existing == null ? null : existing.values();

            String name = text(row, ImportColumn.NAME, true);
            String unit = reference(row, ImportColumn.ORG_UNIT, references.units(), "import.problem.unknownUnit",
                    old == null ? null : old.orgUnit());
            String position = reference(row, ImportColumn.POSITION, references.positions(), "import.problem.unknownPosition",
                    old == null ? null : old.position());
            String region = has(ImportColumn.REGION)
                    ? reference(row, ImportColumn.REGION, references.regions(), "import.problem.unknownRegion",
                            old == null ? null : old.region())
                    : old == null ? null : old.region();
            String manager = has(ImportColumn.MANAGER) ? blankToNull(cell(row, ImportColumn.MANAGER))
                    : old == null ? null : old.managerNo();
            LocalDate hireDate = date(row, ImportColumn.HIRE_DATE, true);
            boolean probation = choice(row, ImportColumn.PROBATION, CellValues::yesNo, "import.problem.badBoolean",
                    old == null ? Boolean.FALSE : old.probation(), false);
            CareerTrack track = choice(row, ImportColumn.CAREER_TRACK, CellValues::careerTrack, "import.problem.badCareerTrack",
                    old == null ? null : old.careerTrack(), null);
            EmployeeStatus status = choice(row, ImportColumn.STATUS, CellValues::status, "import.problem.badStatus",
                    old == null ? EmployeeStatus.ACTIVE : old.status(), EmployeeStatus.ACTIVE);
            LocalDate leaveDate = has(ImportColumn.LEAVE_DATE) ? date(row, ImportColumn.LEAVE_DATE, false)
                    : old == null ? null : old.leaveDate();
            String email = has(ImportColumn.EMAIL) ? text(row, ImportColumn.EMAIL, false) : old == null ? null : old.email();
            if (has(ImportColumn.EMAIL) && email != null && !EMAIL.matcher(email).matches()) {
                problem(row, ImportColumn.EMAIL, email, "import.problem.badEmail");
            }
            String phone = has(ImportColumn.PHONE) ? text(row, ImportColumn.PHONE, false) : old == null ? null : old.phone();

            String leaveText = cell(row, ImportColumn.LEAVE_DATE);
            boolean leaveReadable = leaveText.isEmpty() || leaveDate != null || !has(ImportColumn.LEAVE_DATE);
            if (status == EmployeeStatus.LEFT && leaveDate == null && leaveReadable) {
                problem(row, ImportColumn.LEAVE_DATE, leaveText, "import.problem.leaveDateMissing");
            }
            if (status == EmployeeStatus.ACTIVE && leaveDate != null) {
                problem(row, ImportColumn.LEAVE_DATE, leaveText, "import.problem.leaveDateWhileActive");
            }
            if (hireDate != null && leaveDate != null && leaveDate.isBefore(hireDate)) {
                problem(row, ImportColumn.LEAVE_DATE, leaveText, "import.problem.leaveBeforeHire", hireDate.toString());
            }

            EmployeeValues values = new EmployeeValues(no, name, unit, position, manager, region, hireDate, probation,
                    track, status, leaveDate, email, phone);
            if (no != null) {
                byNo.put(no, new Parsed(row.number(), values, problems.size() == before));
            }
        }

        private String text(SheetReader.Row row, ImportColumn column, boolean required) {
            String value = cell(row, column);
            if (value.isEmpty()) {
                if (required) {
                    problem(row, column, "", "import.problem.required");
                }
                return null;
            }
            Integer max = MAX_LENGTH.get(column);
            if (max != null && value.length() > max) {
                problem(row, column, value, "import.problem.tooLong", max);
            }
            return value;
        }

        private String reference(SheetReader.Row row, ImportColumn column, Catalogue catalogue, String unknownKey,
                                 String current) {
            String value = cell(row, column);
            if (value.isEmpty()) {
                if (column.required()) {
                    problem(row, column, "", "import.problem.required");
                }
                return null;
            }
            Catalogue.Resolution resolution = catalogue.resolve(value, unknownKey);
            if (resolution.entry() == null) {
                problem(row, column, value, resolution.problemKey());
                return null;
            }
            if (!resolution.entry().active() && !resolution.entry().code().equals(current)) {
                problem(row, column, value, "import.problem.inactive");
            }
            return resolution.entry().code();
        }

        private LocalDate date(SheetReader.Row row, ImportColumn column, boolean required) {
            String value = cell(row, column);
            if (value.isEmpty()) {
                if (required) {
                    problem(row, column, "", "import.problem.required");
                }
                return null;
            }
            Optional<LocalDate> date = CellValues.date(value);
            if (date.isEmpty()) {
                problem(row, column, value, "import.problem.badDate");
                return null;
            }
            return date.get();
        }

        private <T> T choice(SheetReader.Row row, ImportColumn column, Function<String, Optional<T>> parse, String badKey,
                             T whenAbsent, T whenEmpty) {
            if (!has(column)) {
                return whenAbsent;
            }
            String value = cell(row, column);
            if (value.isEmpty()) {
                return whenEmpty;
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(row, column, value, badKey);
                return whenEmpty;
            }
            return parsed.get();
        }

        /** Managers must exist (in the sheet or stored) and the reporting lines that result must not loop. */
        void checkManagers() {
            Map<String, String> managerOf = new HashMap<>();
            stored.forEach((no, s) -> managerOf.put(no, s.values().managerNo()));
            byNo.forEach((no, parsed) -> managerOf.put(no, parsed.values().managerNo()));
            Set<String> reported = new HashSet<>();
            for (Parsed parsed : byNo.values()) {
                String manager = parsed.values().managerNo();
                if (manager == null) {
                    continue;
                }
                if (!managerOf.containsKey(manager)) {
                    rowProblem(parsed, "import.problem.unknownManager");
                    reported.add(parsed.values().employeeNo());
                }
            }
            ReportingTree<String> tree = new ReportingTree<>(managerOf);
            Set<String> inCycles = tree.peopleInCycles();
            for (String start : byNo.keySet()) {
                // The loop is named from where the first row (in sheet order) that leads into it enters it.
                Stream.concat(Stream.of(start), tree.chainAbove(start).stream())
                        .filter(inCycles::contains)
                        .findFirst()
                        .flatMap(tree::cycleThrough)
                        .ifPresent(cycle -> {
                            String chain = String.join(" → ", cycle);
                            for (String member : cycle.subList(0, cycle.size() - 1)) {
                                Parsed inSheet = byNo.get(member);
                                if (inSheet != null && reported.add(member)) {
                                    rowProblem(inSheet, "import.problem.managerCycle", chain);
                                }
                            }
                        });
            }
        }

        private void rowProblem(Parsed parsed, String key, Object... args) {
            problems.add(new Problem(parsed.row(), header(ImportColumn.MANAGER), parsed.values().managerNo(), key, List.of(args)));
        }

        void compare() {
            if (!problems.isEmpty()) {
                return;
            }
            for (Parsed parsed : byNo.values()) {
                Stored existing = stored.get(parsed.values().employeeNo());
                if (existing == null) {
                    creates.add(new Planned(parsed.row(), null, null, null, parsed.values(), List.of()));
                    continue;
                }
                List<ImportColumn> changed = parsed.values().differencesFrom(existing.values());
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    updates.add(new Planned(parsed.row(), existing.id(), existing.version(), existing.values(),
                            parsed.values(), List.copyOf(changed)));
                }
            }
        }

        ImportPlan result() {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::row).thenComparingInt(p -> columnOrder(p.column())));
            return new ImportPlan(sheet.rows().size(), List.copyOf(sorted), List.copyOf(creates), List.copyOf(updates),
                    unchanged, references);
        }

        private int columnOrder(String header) {
            for (Map.Entry<ImportColumn, String> entry : headers.entrySet()) {
                if (entry.getValue().equals(header)) {
                    return index.get(entry.getKey());
                }
            }
            return ImportColumn.forHeader(header).map(c -> 1000 + c.ordinal()).orElse(2000);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
