package dev.kaohe.org.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.platform.sheets.SheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The .xlsx and .csv files this feature hands out: the template, the problem list and the employee export. */
final class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String EMPLOYEE_SHEET = "员工";

    /** The example row of the template; rows starting with "#" are not imported. */
    private static final List<String> EXAMPLE = List.of("#E0001", "张三", "", "", "", "", "2024-03-01", "否", "专家序列",
            "在职", "", "zhangsan@example.com", "13800000000");

    private Workbooks() {
    }

    static byte[] template(ImportPlan.References references, List<String> instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(EMPLOYEE_SHEET);
            header(sheet, styles);
            Row example = sheet.createRow(1);
            List<String> values = new java.util.ArrayList<>(EXAMPLE);
            values.set(2, first(references.units(), "D001"));
            values.set(3, first(references.positions(), "P001"));
            values.set(5, first(references.regions(), ""));
            for (int i = 0; i < values.size(); i++) {
                Cell cell = example.createCell(i);
                cell.setCellValue(values.get(i));
                cell.setCellStyle(styles.example);
            }
            widths(sheet);

            Sheet codes = workbook.createSheet("有效编码");
            Row head = codes.createRow(0);
            String[] titles = {"部门编码", "部门名称", "", "岗位编码", "岗位名称", "", "区域编码", "区域名称"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(styles.header);
            }
            List<List<Catalogue.Entry>> lists = List.of(active(references.units()), active(references.positions()),
                    active(references.regions()));
            int rows = lists.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < rows; r++) {
                Row row = codes.createRow(r + 1);
                for (int l = 0; l < lists.size(); l++) {
                    if (r < lists.get(l).size()) {
                        row.createCell(l * 3).setCellValue(lists.get(l).get(r).code());
                        row.createCell(l * 3 + 1).setCellValue(lists.get(l).get(r).name());
                    }
                }
            }
            for (int i = 0; i < titles.length; i++) {
                codes.setColumnWidth(i, titles[i].isEmpty() ? 2 * 256 : 16 * 256);
            }

            Sheet help = workbook.createSheet("填写说明");
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as CSV: UTF-8 with a BOM, so Excel opens the Chinese headers correctly. */
    static byte[] csvTemplate() {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] problems(List<ImportReport.Problem> problems, List<String> titles) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("problems");
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(styles.header);
            }
            int r = 1;
            for (ImportReport.Problem problem : problems) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(problem.row());
                SheetCells.text(row, 1, problem.column());
                SheetCells.text(row, 2, problem.value());
                SheetCells.text(row, 3, problem.reason());
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            sheet.createFreezePane(0, 1);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes employees as a streamed workbook, keeping only a window of rows in memory. */
    static final class EmployeeExport implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final CellStyle dateStyle;
        private int next = 1;

        EmployeeExport() {
            Styles styles = new Styles(workbook);
            sheet = workbook.createSheet(EMPLOYEE_SHEET);
            header(sheet, styles);
            widths(sheet);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        void add(EmployeeValues e) {
            Row row = sheet.createRow(next++);
            text(row, ImportColumn.EMPLOYEE_NO, e.employeeNo());
            text(row, ImportColumn.NAME, e.name());
            text(row, ImportColumn.ORG_UNIT, e.orgUnit());
            text(row, ImportColumn.POSITION, e.position());
            text(row, ImportColumn.MANAGER, e.managerNo());
            text(row, ImportColumn.REGION, e.region());
            date(row, ImportColumn.HIRE_DATE, e.hireDate());
            text(row, ImportColumn.PROBATION, CellValues.yesNo(e.probation()));
            text(row, ImportColumn.CAREER_TRACK, CellValues.careerTrack(e.careerTrack()));
            text(row, ImportColumn.STATUS, CellValues.status(e.status()));
            date(row, ImportColumn.LEAVE_DATE, e.leaveDate());
            text(row, ImportColumn.EMAIL, e.email());
            text(row, ImportColumn.PHONE, e.phone());
        }

        private void text(Row row, ImportColumn column, String value) {
            if (value != null && !value.isEmpty()) {
                SheetCells.text(row, column.ordinal(), value);
            }
        }

        private void date(Row row, ImportColumn column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellValue(value);
                cell.setCellStyle(dateStyle);
            }
        }

        void writeTo(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    private static void header(Sheet sheet, Styles styles) {
        Row head = sheet.createRow(0);
        for (ImportColumn column : ImportColumn.values()) {
            Cell cell = head.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.required : styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet) {
        for (ImportColumn column : ImportColumn.values()) {
            sheet.setColumnWidth(column.ordinal(), Math.max(12, column.header().length() * 2 + 2) * 256);
        }
    }

    private static List<Catalogue.Entry> active(Catalogue catalogue) {
        return catalogue.entries().stream().filter(Catalogue.Entry::active)
                .sorted(java.util.Comparator.comparing(Catalogue.Entry::code)).toList();
    }

    private static String first(Catalogue catalogue, String fallback) {
        return active(catalogue).stream().findFirst().map(Catalogue.Entry::code).orElse(fallback);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle required;
        final CellStyle example;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            required = workbook.createCellStyle();
            required.cloneStyleFrom(header);
            required.setFont(red);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example = workbook.createCellStyle();
            example.setFont(grey);
        }
    }
}
