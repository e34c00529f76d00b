package dev.kaohe.intake.internal.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import dev.kaohe.intake.IntakeProblem;
import dev.kaohe.intake.RecordView;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets of record imports: each type's template (.xlsx and .csv with Chinese and English headers and an
 * example row that is not imported), the problem list and the records export. Large sheets are written with
 * POI's streaming workbook, a window of rows at a time; every text cell goes through {@link SheetCells}.
 */
public final class RecordSheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RecordSheets() {
    }

    public static byte[] templateXlsx(RecordForm form, String sheetName, List<String> help) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < form.fields().size(); i++) {
                SheetCells.text(head, i, form.fields().get(i).header());
                SheetCells.text(example, i, form.example().get(i));
                sheet.setColumnWidth(i, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet helpSheet = workbook.createSheet("填写说明 Help");
            for (int i = 0; i < help.size(); i++) {
                SheetCells.text(helpSheet.createRow(i), 0, help.get(i));
            }
            helpSheet.setColumnWidth(0, 110 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a BOM, so Excel opens the Chinese headers correctly. */
    public static byte[] templateCsv(RecordForm form) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(form.headers());
            printer.printRecord(form.example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the problems {@code source} produces as .xlsx to {@code out}, one row each. */
    public static void problemsXlsx(List<String> titles, Consumer<Consumer<IntakeProblem>> source, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("problems");
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                SheetCells.text(head, i, titles.get(i));
            }
            int[] next = {1};
            source.accept(problem -> {
                if (next[0] > 1_048_575) {
                    return;
                }
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(problem.row());
                SheetCells.text(row, 1, problem.column());
                SheetCells.text(row, 2, problem.value());
                SheetCells.text(row, 3, problem.reason());
            });
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** Writes the records {@code source} produces, one column per template field plus batch and row. */
    public static void recordsXlsx(RecordForm form, List<String> titles, ZoneId zone,
                                   Consumer<Consumer<RecordView>> source, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(form.type().name());
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                SheetCells.text(head, i, titles.get(i));
            }
            int[] next = {1};
            source.accept(record -> {
                Row row = sheet.createRow(next[0]++);
                List<Field> fields = form.fields();
                for (int i = 0; i < fields.size(); i++) {
                    Object value = record.value(fields.get(i).column());
                    if (value instanceof java.math.BigDecimal number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        row.createCell(i).setCellValue(number);
                    } else {
                        SheetCells.text(row, i, text(value, zone));
                    }
                }
                SheetCells.text(row, fields.size(), record.batchId().toString());
                row.createCell(fields.size() + 1).setCellValue(record.rowNumber());
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** How a record's value reads in a table: times in the import's zone, yes/no as 是/否 (both languages read it). */
    public static String text(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime at) {
            return at.atZoneSameInstant(zone).format(TIME);
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
