package dev.kaohe.platform.sheets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReaderTest {

    private static final String CSV = "员工编号,姓名,部门编码\r\n\r\nE1,张三,D1\r\n#E0,示例,D1\r\n,,\r\nE2,\"李,四\",D2\r\n";

    @Test
    void utf8CsvRowsAreNumberedAsExcelShowsThemSkippingEmptyAndExampleRows() throws Exception {
        SheetReader.Sheet sheet = SheetReader.read(CSV.getBytes(StandardCharsets.UTF_8), 100);
        assertThat(sheet.header().cells()).containsExactly("员工编号", "姓名", "部门编码");
        assertThat(sheet.rows()).extracting(SheetReader.Row::number).containsExactly(3, 6);
        assertThat(sheet.rows().get(1).cells()).containsExactly("E2", "李,四", "D2");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        byte[] bom = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
        assertThat(SheetReader.read(bom, 100).header().cell(0)).isEqualTo("员工编号");
    }

    @Test
    void gbkCsvIsDetectedWhenTheBytesAreNotUtf8() throws Exception {
        byte[] gbk = CSV.getBytes(Charset.forName("GBK"));
        SheetReader.Sheet sheet = SheetReader.read(gbk, 100);
        assertThat(sheet.header().cell(1)).isEqualTo("姓名");
        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("张三");
    }

    @Test
    void unicodeTextFromExcelIsTabSeparatedUtf16() throws Exception {
        String text = "\uFEFF员工编号\t姓名\r\nE1\t王五\r\n";
        SheetReader.Sheet sheet = SheetReader.read(text.getBytes(StandardCharsets.UTF_16LE), 100);
        assertThat(sheet.rows().get(0).cells()).containsExactly("E1", "王五");
    }

    @Test
    void readingStopsAtTheRowLimit() throws Exception {
        SheetReader.Sheet sheet = SheetReader.read(CSV.getBytes(StandardCharsets.UTF_8), 1);
        assertThat(sheet.tooManyRows()).isTrue();
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void xlsxDateCellsBecomeIsoDatesAndWholeNumbersKeepTheirDigits() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("员工");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("员工编号");
            header.createCell(1).setCellValue("入职日期");
            header.createCell(2).setCellValue("电话");
            var row = sheet.createRow(4);
            row.createCell(0).setCellValue(1001);
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2024, 3, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat((short) 14);
            date.setCellStyle(style);
            row.createCell(2).setCellValue(13800138000d);
            workbook.write(out);
            file = out.toByteArray();
        }
        SheetReader.Sheet sheet = SheetReader.read(file, 100);
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.cells()).containsExactly("1001", "2024-03-01", "13800138000");
        });
    }

    @Test
    void oldXlsWorkbooksAreRefusedWithAReason() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        assertThatThrownBy(() -> SheetReader.read(ole2, 10))
                .isInstanceOfSatisfying(SheetReader.UnreadableFile.class, e -> assertThat(e.reasonKey).isEqualTo("import.file.xls"));
    }

    @Test
    void commonDateSpellingsAreAccepted() {
        LocalDate expected = LocalDate.of(2024, 3, 1);
        for (String text : new String[]{"2024-03-01", "2024/3/1", "2024.3.1", "20240301", "2024年3月1日", "45352", "2024-03-01 00:00:00"}) {
            assertThat(CellValues.date(text)).as(text).contains(expected);
        }
        assertThat(CellValues.date("2024-02-30")).isEmpty();
        assertThat(CellValues.date("下周一")).isEmpty();
        assertThat(CellValues.date("3/1/2024")).isEmpty();
    }

    @Test
    void numbersWithThousandsSeparatorsAndChineseUnits() {
        assertThat(CellValues.number("1,234.5")).contains(new java.math.BigDecimal("1234.5"));
        assertThat(CellValues.number("12.5万")).contains(new java.math.BigDecimal("125000").stripTrailingZeros());
        assertThat(CellValues.number("-3")).contains(new java.math.BigDecimal("-3"));
        assertThat(CellValues.number("1,23")).isEmpty();
        assertThat(CellValues.number("abc")).isEmpty();
        assertThat(CellValues.number("")).isEmpty();
    }

    @Test
    void exportedTextThatLooksLikeAFormulaIsEscaped() {
        for (String formula : new String[]{"=1+1", "+86 138", "-2", "@SUM(A1)"}) {
            assertThat(SheetCells.safe(formula)).isEqualTo("'" + formula);
        }
        assertThat(SheetCells.safe("张三")).isEqualTo("张三");
        assertThat(SheetCells.safe("")).isEmpty();
        assertThat(SheetCells.safe("-")).isEqualTo("-");
    }

    @Test
    void theEscapeIsRemovedWhenAnExportedSheetIsReadBack() throws Exception {
        String csv = "编号,电话\r\nE1," + SheetCells.safe("+86 138") + "\r\n";
        SheetReader.Sheet sheet = SheetReader.read(csv.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("+86 138");
    }
}
