package dev.kaohe.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The indicator list as .xlsx, with column titles and enum values in the reader's language. */
final class IndicatorWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> COLUMNS = List.of("code", "nameZh", "nameEn", "dimension", "unit", "direction",
            "type", "measure", "dataSource", "defaultTarget", "positionFamilies", "active", "definitionZh", "definitionEn");

    private IndicatorWorkbook() {
    }

    static byte[] write(List<IndicatorView> indicators, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("indicator.title"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                SheetCells.text(head, c, messages.get("indicator.field." + COLUMNS.get(c)));
                head.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (IndicatorView i : indicators) {
                Row row = sheet.createRow(r++);
                SheetCells.text(row, 0, i.code());
                SheetCells.text(row, 1, i.nameZh());
                SheetCells.text(row, 2, i.nameEn());
                SheetCells.text(row, 3, messages.get("indicator.dimension." + i.dimension()));
                SheetCells.text(row, 4, messages.get("indicator.unit." + i.unit()));
                SheetCells.text(row, 5, messages.get("indicator.direction." + i.direction()));
                SheetCells.text(row, 6, messages.get("indicator.type." + i.type()));
                SheetCells.text(row, 7, messages.get("indicator.measure." + i.measure()));
                SheetCells.text(row, 8, messages.get("indicator.source." + i.dataSource()));
                if (i.defaultTarget() != null) {
                    row.createCell(9).setCellValue(i.defaultTarget().doubleValue());
                }
                SheetCells.text(row, 10, i.positionFamilies().isEmpty() ? messages.get("indicator.allPositions")
                        : i.positionFamilies().stream().map(f -> messages.get("org.family." + f)).collect(Collectors.joining(", ")));
                SheetCells.text(row, 11, messages.get(i.active() ? "indicator.active" : "indicator.inactive"));
                SheetCells.text(row, 12, i.definitionZh() == null ? "" : i.definitionZh());
                SheetCells.text(row, 13, i.definitionEn() == null ? "" : i.definitionEn());
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, (c >= 12 ? 40 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
