package dev.kaohe.scoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SimulationRequest;
import dev.kaohe.scoring.domain.Describable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A population for a what-if run as a spreadsheet: columns 员工编号 (or id), 姓名 (name), 团队 (team), then one
 * column per item, headed by the item's code or name, holding the actual (for a rated item: the manager's
 * rating). The template lists the items of the chosen schemes. Problems name the row and column.
 */
public final class PopulationFiles {

    static final List<String> ID = List.of("员工编号", "id");
    static final List<String> NAME = List.of("姓名", "name");
    static final List<String> TEAM = List.of("团队", "team");

    private PopulationFiles() {
    }

    /** A workbook with the header row and one example row per team, for the items of {@code schemes}. */
    public static byte[] template(List<SchemeSpec> schemes) {
        Map<String, ItemSpec> items = items(schemes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("population");
            Row header = sheet.createRow(0);
            List<String> headers = new ArrayList<>(List.of(ID.get(0), NAME.get(0), TEAM.get(0)));
            headers.addAll(items.keySet());
            for (int c = 0; c < headers.size(); c++) {
                SheetCells.text(header, c, headers.get(c));
                sheet.setColumnWidth(c, 14 * 256);
            }
            Sheet legend = workbook.createSheet("items");
            Row legendHeader = legend.createRow(0);
            String[] legendColumns = {"code", "名称 / name", "目标 / target", "来源 / source"};
            for (int c = 0; c < legendColumns.length; c++) {
                SheetCells.text(legendHeader, c, legendColumns[c]);
            }
            int r = 1;
            for (ItemSpec item : items.values()) {
                Row row = legend.createRow(r++);
                SheetCells.text(row, 0, item.code());
                SheetCells.text(row, 1, item.name() == null ? item.code() : item.name());
                BigDecimal target = item.target() != null ? item.target() : item.rule() == null ? null : item.rule().threshold();
                SheetCells.text(row, 2, target == null ? "" : target.toPlainString());
                SheetCells.text(row, 3, item.source() == ItemSpec.Source.RATED ? "RATED (MANAGER 1–5)" : "MEASURED");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SimulationRequest.ParticipantInput> read(String filename, InputStream in, List<SchemeSpec> schemes,
                                                                int maxRows, Locale locale) {
        List<List<String>> rows;
        try {
            byte[] bytes = in.readAllBytes();
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                rows = workbookRows(bytes);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                rows = csvRows(bytes);
            } else {
                throw new InvalidInputException("file", Describable.pick(locale, "请上传 .xlsx 或 .csv 文件", "upload an .xlsx or .csv file"));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", Describable.pick(locale, "无法读取文件: ", "the file cannot be read: ") + e.getMessage());
        }
        return people(rows, items(schemes), maxRows, locale);
    }

    private static Map<String, ItemSpec> items(List<SchemeSpec> schemes) {
        Map<String, ItemSpec> items = new LinkedHashMap<>();
        schemes.forEach(s -> s.items().forEach(i -> items.putIfAbsent(i.code(), i)));
        return items;
    }

    private static List<SimulationRequest.ParticipantInput> people(List<List<String>> rows, Map<String, ItemSpec> items,
                                                                   int maxRows, Locale locale) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", Describable.pick(locale, "文件是空的", "the file is empty"));
        }
        List<String> header = rows.get(0);
        int id = -1;
        int name = -1;
        int team = -1;
        Map<Integer, ItemSpec> itemColumns = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            if (matches(ID, h)) {
                id = c;
            } else if (matches(NAME, h)) {
                name = c;
            } else if (matches(TEAM, h)) {
                team = c;
            } else if (!h.isEmpty()) {
                ItemSpec item = item(items, h);
                if (item == null) {
                    problems.add(new FieldProblem(column(locale, 1, h), h, Describable.pick(locale,
                            "所选方案中没有此指标", "neither chosen scheme has this item")));
                } else {
                    itemColumns.put(c, item);
                }
            }
        }
        if (id < 0) {
            problems.add(new FieldProblem(Describable.pick(locale, "第 1 行", "row 1"), null, Describable.pick(locale,
                    "缺少“员工编号”列", "the column 员工编号 (id) is missing")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rows.size() - 1 > maxRows) {
            throw new InvalidInputException("file", Describable.pick(locale, "最多 " + maxRows + " 行", "at most " + maxRows + " rows"));
        }
        List<SimulationRequest.ParticipantInput> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            String personId = cell(row, id);
            if (personId.isEmpty()) {
                problems.add(new FieldProblem(column(locale, line, header.get(id)), null, Describable.pick(locale, "必填", "is required")));
                continue;
            }
            if (!seen.add(personId)) {
                problems.add(new FieldProblem(column(locale, line, header.get(id)), personId, Describable.pick(locale,
                        "员工编号重复", "this id appears twice")));
                continue;
            }
            Map<String, SimulationRequest.ItemValues> inputs = new LinkedHashMap<>();
            for (Map.Entry<Integer, ItemSpec> column : itemColumns.entrySet()) {
                String text = cell(row, column.getKey());
                if (text.isEmpty()) {
                    continue;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(text.replace(",", "").replace("%", ""));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(column(locale, line, header.get(column.getKey())), text,
                            Describable.pick(locale, "不是数字", "is not a number")));
                    continue;
                }
                ItemSpec item = column.getValue();
                inputs.put(item.code(), item.source() == ItemSpec.Source.RATED
                        ? new SimulationRequest.ItemValues(null, null, Map.of("MANAGER", value), null)
                        : SimulationRequest.ItemValues.actual(value));
            }
            Map<String, String> groups = new LinkedHashMap<>();
            String teamName = cell(row, team);
            if (!teamName.isEmpty()) {
                groups.put("team", teamName);
            }
            people.add(new SimulationRequest.ParticipantInput(personId, cell(row, name), groups, inputs, null, List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (people.isEmpty()) {
            throw new InvalidInputException("file", Describable.pick(locale, "文件中没有人员行", "the file has no rows of people"));
        }
        return people;
    }

    private static ItemSpec item(Map<String, ItemSpec> items, String header) {
        for (ItemSpec item : items.values()) {
            if (item.code().equalsIgnoreCase(header) || (item.name() != null && item.name().equals(header))) {
                return item;
            }
        }
        return null;
    }

    private static String column(Locale locale, int line, String header) {
        return Describable.pick(locale, "第 " + line + " 行 / " + header, "row " + line + " / " + header);
    }

    private static boolean matches(List<String> names, String header) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(header));
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? "" : row.get(index).strip();
    }

    private static List<List<String>> workbookRows(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csvRows(byte[] bytes) throws IOException {
        String text = decode(bytes);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            List<String> cells = new ArrayList<>();
            record.forEach(cells::add);
            rows.add(cells);
        }
        return rows;
    }

    /** UTF-8 (with or without BOM), else GB18030, which is what Excel in China writes. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
