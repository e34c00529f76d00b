package dev.kaohe.org.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kaohe.org.OrgUnitKind;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.org.internal.JobPosition;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnit;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.Region;
import dev.kaohe.org.internal.RegionRepository;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A department, a position and a region with codes no other test uses, and files to import into them. */
final class ImportFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String HEADER = "员工编号,姓名,部门编码,岗位编码,上级员工编号,区域,入职日期,试用期(是/否),职业序列(管理序列/专家序列),状态(在职/离职),离职日期,邮箱,电话";

    final String prefix;
    final OrgUnit unit;
    final JobPosition position;
    final Region region;
    private final EmployeeRepository employees;

    ImportFixture(OrgUnitRepository units, JobPositionRepository positions, RegionRepository regions,
                  EmployeeRepository employees) {
        this.employees = employees;
        this.prefix = "I" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
        this.unit = units.save(new OrgUnit(prefix + "-D", "销售一部" + prefix, OrgUnitKind.DEPARTMENT, null));
        this.position = positions.save(new JobPosition(prefix + "-P", "销售代表" + prefix, PositionFamily.SALES_REP));
        this.region = regions.save(new Region(prefix + "-R", "华东" + prefix, RegionLevel.MACRO, null));
    }

    /** Employee number {@code n} of this fixture. */
    String no(int n) {
        return prefix + "-" + n;
    }

    /** A valid CSV line for employee {@code n} reporting to {@code manager} (or nobody). */
    String line(int n, Integer manager) {
        return String.join(",", no(n), "员工" + n, unit.getCode(), position.getCode(), manager == null ? "" : no(manager),
                region.getCode(), "2023-0" + (1 + n % 9) + "-15", n % 2 == 0 ? "是" : "否", "专家序列", "在职", "",
                "e" + n + "@example.com", "1380000000" + (n % 10));
    }

    static String csv(String... lines) {
        return HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    Employee employee(int n) {
        return employees.findByEmployeeNo(no(n)).orElseThrow();
    }

    boolean exists(int n) {
        return employees.findByEmployeeNo(no(n)).isPresent();
    }

    /** Stores employee {@code n} directly, as if created earlier. */
    Employee store(int n, Long managerId) {
        Employee employee = new Employee(no(n), "员工" + n);
        employee.setOrgUnitId(unit.getId());
        employee.setPositionId(position.getId());
        employee.setRegionId(region.getId());
        employee.setManagerId(managerId);
        employee.setHireDate(LocalDate.of(2020, 1, 1));
        employee.setUpdatedAt(java.time.Instant.now());
        return employees.save(employee);
    }

    /** Builds an .xlsx from rows of cell texts; a cell written as "date:2024-03-01" becomes a real date cell. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("员工");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("date:")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(LocalDate.parse(value.substring(5)));
                        cell.setCellStyle(dateStyle);
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell texts of the first sheet of a workbook, header included. */
    static List<List<String>> read(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (var row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
