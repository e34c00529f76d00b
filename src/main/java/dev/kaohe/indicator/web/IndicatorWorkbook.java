package dev.kaohe.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.platform.Messages;
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
                head.createCell(c).setCellValue(messages.get("indicator.field." + COLUMNS.get(c)));
                head.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (IndicatorView i : indicators) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(i.code());
                row.createCell(1).setCellValue(i.nameZh());
                row.createCell(2).setCellValue(i.nameEn());
                row.createCell(3).setCellValue(messages.get("indicator.dimension." + i.dimension()));
                row.createCell(4).setCellValue(messages.get("indicator.unit." + i.unit()));
                row.createCell(5).setCellValue(messages.get("indicator.direction." + i.direction()));
                row.createCell(6).setCellValue(messages.get("indicator.type." + i.type()));
                row.createCell(7).setCellValue(messages.get("indicator.measure." + i.measure()));
                row.createCell(8).setCellValue(messages.get("indicator.source." + i.dataSource()));
                if (i.defaultTarget() != null) {
                    row.createCell(9).setCellValue(i.defaultTarget().doubleValue());
                }
                row.createCell(10).setCellValue(i.positionFamilies().isEmpty() ? messages.get("indicator.allPositions")
                        : i.positionFamilies().stream().map(f -> messages.get("org.family." + f)).collect(Collectors.joining(", ")));
                row.createCell(11).setCellValue(messages.get(i.active() ? "indicator.active" : "indicator.inactive"));
                row.createCell(12).setCellValue(i.definitionZh() == null ? "" : i.definitionZh());
                row.createCell(13).setCellValue(i.definitionEn() == null ? "" : i.definitionEn());
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
