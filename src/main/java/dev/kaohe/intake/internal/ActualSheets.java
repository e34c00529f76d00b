package dev.kaohe.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.IntakeProblem;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.platform.sheets.SheetReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the actuals sheet (through the shared {@link SheetReader}) and writes its template and problem list. */
public final class ActualSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> EXAMPLE = List.of("#E0001", "SALES_AMOUNT", "2025-07", "1,234.5", "CRM", "示例行,不导入 / example, not imported");

    private ActualSheets() {
    }

    /** The rows of a file, or the problems that stop it from being read (unreadable file, missing columns). */
    public record Parsed(List<Checker.Numbered> rows, List<IntakeProblem> problems) {
    }

    /** {@code reasons} turns a message key (and arguments) into words. */
    public static Parsed read(byte[] content, int maxRows, Reasons reasons) {
        SheetReader.Sheet sheet;
        try {
            sheet = SheetReader.read(content, maxRows);
        } catch (SheetReader.UnreadableFile e) {
            return new Parsed(List.of(), List.of(new IntakeProblem(0, "", "", reasons.get("intake." + e.reasonKey))));
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<String> header = sheet.header().cells();
        for (int i = 0; i < header.size(); i++) {
            for (Column column : Column.values()) {
                if (!index.containsKey(column) && column.matches(header.get(i))) {
                    index.put(column, i);
                }
            }
        }
        List<IntakeProblem> problems = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !index.containsKey(column)) {
                problems.add(new IntakeProblem(sheet.header().number(), column.header(), "", reasons.get("intake.problem.missingColumn")));
            }
        }
        if (sheet.tooManyRows()) {
            problems.add(new IntakeProblem(0, "", "", reasons.get("intake.problem.tooManyRows", maxRows)));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<Checker.Numbered> rows = new ArrayList<>(sheet.rows().size());
        for (SheetReader.Row row : sheet.rows()) {
            rows.add(new Checker.Numbered(row.number(), new ActualRow(cell(row, index, Column.EMPLOYEE_NO),
                    cell(row, index, Column.INDICATOR), cell(row, index, Column.PERIOD), cell(row, index, Column.VALUE),
                    cell(row, index, Column.SOURCE_SYSTEM), cell(row, index, Column.NOTE))));
        }
        return new Parsed(rows, List.of());
    }

    @FunctionalInterface
    public interface Reasons {
        String get(String key, Object... args);
    }

    private static String cell(SheetReader.Row row, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    public static byte[] templateXlsx(List<String> instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("实际值 Actuals");
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (Column column : Column.values()) {
                SheetCells.text(head, column.ordinal(), column.header());
                SheetCells.text(example, column.ordinal(), EXAMPLE.get(column.ordinal()));
                sheet.setColumnWidth(column.ordinal(), 24 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("填写说明 Help");
            for (int i = 0; i < instructions.size(); i++) {
                SheetCells.text(help.createRow(i), 0, instructions.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a BOM, so Excel opens the Chinese headers correctly. */
    public static byte[] templateCsv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(java.util.Arrays.stream(Column.values()).map(Column::header).toList());
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] problemsXlsx(List<IntakeProblem> problems, List<String> titles) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("problems");
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                SheetCells.text(head, i, titles.get(i));
            }
            int r = 1;
            for (IntakeProblem problem : problems) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(problem.row());
                SheetCells.text(row, 1, problem.column());
                SheetCells.text(row, 2, problem.value());
                SheetCells.text(row, 3, problem.reason());
            }
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
