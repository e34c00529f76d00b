package dev.kaohe.org.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.RegionRepository;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Checking and committing organisation files: encodings, every kind of problem, all-or-nothing, idempotence. */
@IntegrationTest
class OrgImportIT {

    static final CurrentUser HR = TestUsers.user("import-hr", null, Role.HR);

    @Autowired OrgImport orgImport;
    @Autowired OrgUnitRepository units;
    @Autowired JobPositionRepository positions;
    @Autowired RegionRepository regions;
    @Autowired EmployeeRepository employees;
    @Autowired JdbcTemplate jdbc;

    ImportFixture org;

    @BeforeEach
    void organisation() {
        org = new ImportFixture(units, positions, regions, employees);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void utf8CsvIsCheckedWithoutWritingAnything() {
        byte[] file = ImportFixture.csv(org.line(1, null), org.line(2, 1)).getBytes(StandardCharsets.UTF_8);
        long employeesBefore = employees.count();
        long auditBefore = auditEntries();

        ImportReport report = as(HR, () -> orgImport.check("org.csv", file));

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().created()).isEqualTo(2);
        assertThat(report.committed()).isFalse();
        assertThat(employees.count()).isEqualTo(employeesBefore);
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void utf8CsvWithByteOrderMarkImports() {
        byte[] file = ("\uFEFF" + ImportFixture.csv(org.line(1, null), org.line(2, 1))).getBytes(StandardCharsets.UTF_8);

        ImportReport report = as(HR, () -> orgImport.importNow("bom.csv", file));

        assertThat(report.summary().created()).isEqualTo(2);
        Employee second = org.employee(2);
        assertThat(second.getName()).isEqualTo("员工2");
        assertThat(second.getManagerId()).isEqualTo(org.employee(1).getId());
        assertThat(second.getRegionId()).isEqualTo(org.region.getId());
        assertThat(second.isProbation()).isTrue();
        assertThat(second.getCareerTrack()).isEqualTo(CareerTrack.EXPERT);
    }

    @Test
    void gbkCsvAsExcelInChinaSavesItImportsWithChineseIntact() {
        String text = ImportFixture.csv(org.line(1, null), org.no(2) + ",李四," + org.unit.getName() + "," + org.position.getName()
                + "," + org.no(1) + "," + org.region.getName() + ",2024/3/1,否,管理序列,离职,2024.6.30,,");
        byte[] file = text.getBytes(Charset.forName("GBK"));

        ImportReport report = as(HR, () -> orgImport.importNow("gbk.csv", file));

        assertThat(report.problems()).isEmpty();
        Employee lisi = org.employee(2);
        assertThat(lisi.getName()).isEqualTo("李四");
        assertThat(lisi.getOrgUnitId()).as("department given by name").isEqualTo(org.unit.getId());
        assertThat(lisi.getHireDate()).isEqualTo(of(2024, 3, 1));
        assertThat(lisi.getStatus()).isEqualTo(EmployeeStatus.LEFT);
        assertThat(lisi.getLeaveDate()).isEqualTo(of(2024, 6, 30));
        assertThat(lisi.getCareerTrack()).isEqualTo(CareerTrack.MANAGEMENT);
    }

    @Test
    void xlsxWithDateCellsEnglishHeadersAndManagerBelowItsReportImports() {
        byte[] file = ImportFixture.xlsx(List.of(
                List.of("employee_no", "name", "department", "position", "manager_no", "hire_date", "probation"),
                List.of(org.no(2), "王五", org.unit.getCode(), org.position.getCode(), org.no(1), "date:2022-05-09", "Y"),
                List.of(),
                List.of(org.no(1), "赵六", org.unit.getCode(), org.position.getCode(), "", "20210101", "否")));

        ImportReport report = as(HR, () -> orgImport.importNow("org.xlsx", file));

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().created()).isEqualTo(2);
        assertThat(org.employee(2).getHireDate()).isEqualTo(of(2022, 5, 9));
        assertThat(org.employee(2).getManagerId()).isEqualTo(org.employee(1).getId());
        assertThat(org.employee(1).getHireDate()).isEqualTo(of(2021, 1, 1));
    }

    @Test
    void everyProblemIsReportedAtItsRowAndColumn() {
        Employee stored = org.store(50, null);
        org.store(51, stored.getId());
        String u = org.unit.getCode();
        String p = org.position.getCode();
        String text = ImportFixture.csv(
                org.line(1, 2),                                                                      // row 2: fine, manager is further down
                org.line(2, null),                                                                   // row 3
                org.no(3) + ",,NOPE-" + u + "," + p + ",,,2024-01-01,,,,,,",                          // row 4: no name, unknown unit
                org.no(4) + ",甲," + u + ",NOPE-" + p + ",NOBODY-" + org.prefix + ",NOPE,2024-13-01,也许,中层,休假,,bad-mail,",  // row 5
                org.line(2, null),                                                                   // row 6: duplicate of row 3
                org.no(7) + ",乙," + u + "," + p + "," + org.no(8) + ",,2024-01-01,,,,,,",             // row 7: 7 → 8
                org.no(8) + ",丙," + u + "," + p + "," + org.no(7) + ",,2024-01-01,,,,,,",             // row 8: 8 → 7, a loop
                org.no(50) + ",员工50," + u + "," + p + "," + org.no(51) + ",,2020-01-01,,,,,,",       // row 9: 50 → 51 → 50 (51 stored)
                org.no(10) + ",丁," + u + "," + p + ",,,2024-05-01,,,离职,,,",                         // row 10: left without date
                org.no(11) + ",戊," + u + "," + p + ",,,2024-05-01,,,离职,2024-04-30,,",               // row 11: left before hired
                org.no(12) + ",己," + u + "," + p + "," + org.no(12) + ",,,,,,,,");                   // row 12: own manager, no hire date
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        long before = employees.count();

        ImportReport report = as(HR, () -> orgImport.check("bad.csv", file));

        assertThat(report.problems()).extracting(ImportReport.Problem::row, ImportReport.Problem::column, ImportReport.Problem::value)
                .containsExactly(
                        tuple(4, "姓名", ""),
                        tuple(4, "部门编码", "NOPE-" + u),
                        tuple(5, "岗位编码", "NOPE-" + p),
                        tuple(5, "上级员工编号", "NOBODY-" + org.prefix),
                        tuple(5, "区域", "NOPE"),
                        tuple(5, "入职日期", "2024-13-01"),
                        tuple(5, "试用期(是/否)", "也许"),
                        tuple(5, "职业序列(管理序列/专家序列)", "中层"),
                        tuple(5, "状态(在职/离职)", "休假"),
                        tuple(5, "邮箱", "bad-mail"),
                        tuple(6, "员工编号", org.no(2)),
                        tuple(7, "上级员工编号", org.no(8)),
                        tuple(8, "上级员工编号", org.no(7)),
                        tuple(9, "上级员工编号", org.no(51)),
                        tuple(10, "离职日期", ""),
                        tuple(11, "离职日期", "2024-04-30"),
                        tuple(12, "上级员工编号", org.no(12)),
                        tuple(12, "入职日期", ""));
        assertThat(report.problems()).extracting(ImportReport.Problem::reason).contains(
                "必填", "部门不存在", "岗位不存在", "区域不存在", "不是有效日期（请写成 2024-03-01）", "请填写“是”或“否”",
                "员工编号与第 3 行重复", "状态为离职时必须填写离职日期", "离职日期早于入职日期（2024-05-01）");
        assertThat(report.problems().get(11).reason()).startsWith("汇报关系将形成循环").contains(org.no(7), org.no(8));
        assertThat(report.problems().get(13).reason()).contains(org.no(50) + " → " + org.no(51) + " → " + org.no(50));
        assertThat(report.problems().get(3).reason()).startsWith("上级不存在");
        assertThat(report.summary().problems()).isEqualTo(18);
        assertThat(report.fingerprint()).isNull();
        assertThat(employees.count()).isEqualTo(before);
    }

    @Test
    void headerProblemsAreReportedOnTheHeaderRow() {
        byte[] file = "员工编号,姓名,工资,姓名\r\nX1,甲,100,甲\r\n".getBytes(StandardCharsets.UTF_8);

        ImportReport report = as(HR, () -> orgImport.check("bad.csv", file));

        assertThat(report.problems()).extracting(ImportReport.Problem::row, ImportReport.Problem::column)
                .contains(tuple(1, "工资"), tuple(1, "姓名"), tuple(1, "部门编码"), tuple(1, "岗位编码"), tuple(1, "入职日期"));
    }

    @Test
    void aFileWithOneBadRowCommitsNothing() {
        byte[] file = ImportFixture.csv(org.line(1, null), org.line(2, 1),
                org.no(3) + ",甲," + org.unit.getCode() + "," + org.position.getCode() + ",,,2024-02-30,,,,,,")
                .getBytes(StandardCharsets.UTF_8);
        long auditBefore = auditEntries();

        assertThatThrownBy(() -> as(HR, () -> orgImport.importNow("one-bad.csv", file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("第 4 行 / 入职日期")));
        assertThat(org.exists(1)).isFalse();
        assertThat(org.exists(2)).isFalse();
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAuditsNothing() {
        byte[] file = ImportFixture.csv(org.line(1, null), org.line(2, 1), org.line(3, 2)).getBytes(StandardCharsets.UTF_8);
        long auditBefore = auditEntries();
        as(HR, () -> orgImport.importNow("org.csv", file));
        assertThat(auditEntries()).as("three employees and the batch").isEqualTo(auditBefore + 4);
        long versionAfterFirst = org.employee(3).getVersion();

        ImportReport again = as(HR, () -> orgImport.importNow("org.csv", file));

        assertThat(again.summary()).extracting(ImportReport.Summary::created, ImportReport.Summary::changed,
                ImportReport.Summary::unchanged).containsExactly(0, 0, 3);
        assertThat(auditEntries()).isEqualTo(auditBefore + 4);
        assertThat(org.employee(3).getVersion()).isEqualTo(versionAfterFirst);
    }

    @Test
    void changesNameTheFieldsThatChangeAndLeaveOutColumnsUntouched() {
        as(HR, () -> orgImport.importNow("org.csv", ImportFixture.csv(org.line(1, null), org.line(2, 1))
                .getBytes(StandardCharsets.UTF_8)));
        String changed = org.line(2, null).replace("员工2", "员工二");
        byte[] file = ImportFixture.csv(org.line(1, null), changed).getBytes(StandardCharsets.UTF_8);

        ImportReport report = as(HR, () -> orgImport.check("org.csv", file));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.employeeNo()).isEqualTo(org.no(2));
            assertThat(change.kind()).isEqualTo("changed");
            assertThat(change.fields()).containsExactly("name", "manager_no");
        });
        assertThat(report.summary().unchanged()).isEqualTo(1);

        byte[] onlyNames = ("员工编号,姓名,部门,岗位,入职日期\r\n" + org.no(2) + ",新名字," + org.unit.getCode() + ","
                + org.position.getCode() + ",2023-03-15\r\n").getBytes(StandardCharsets.UTF_8);
        as(HR, () -> orgImport.importNow("names.csv", onlyNames));
        Employee two = org.employee(2);
        assertThat(two.getName()).isEqualTo("新名字");
        assertThat(two.getEmail()).as("column left out keeps its value").isEqualTo("e2@example.com");
        assertThat(two.getManagerId()).isEqualTo(org.employee(1).getId());
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
