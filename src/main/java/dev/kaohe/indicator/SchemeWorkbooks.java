package dev.kaohe.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scheme version as a workbook and back: sheet 方案 (code, name, version, range policy), sheet 维度 (one row
 * per dimension with weight and allowed range), sheet 指标 (one row per item with weight, direction, target,
 * rule). The rule column holds the rule as JSON so that a file exported and imported again yields the same
 * definition. Column titles are bilingual and fixed, so a file reads the same whatever the reader's language.
 */
@Component
public class SchemeWorkbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String SCHEME_SHEET = "方案 Scheme";
    static final String DIMENSION_SHEET = "维度 Dimensions";
    static final String ITEM_SHEET = "指标 Items";
    static final List<String> SCHEME_ROWS = List.of("编码 Code", "名称 Name", "版本 Version", "超范围处理 Range policy");
    static final List<String> DIMENSION_COLUMNS = List.of("维度编码 Code", "维度名称 Name", "权重% Weight",
            "最小权重% Min", "最大权重% Max");
    static final List<String> ITEM_COLUMNS = List.of("维度编码 Dimension", "指标编码 Code", "指标名称 Name",
            "指标库编码 Indicator", "权重% Weight", "方向 Direction", "目标值 Target", "取值方式 Source",
            "规则类型 Rule type", "评分规则 Rule (JSON)", "评分者权重 Rater blend (JSON)");

    public record Export(String filename, byte[] bytes) {
    }

    private final Schemes schemes;
    private final IndicatorAccess access;
    private final SchemeJson schemeJson;
    private final JsonMapper json;
    private final Messages messages;

    SchemeWorkbooks(Schemes schemes, IndicatorAccess access, SchemeJson schemeJson, JsonMapper json, Messages messages) {
        this.schemes = schemes;
        this.access = access;
        this.schemeJson = schemeJson;
        this.json = json;
        this.messages = messages;
    }

    public Export export(String code, Integer number) {
        SchemeVersionView version = schemes.version(code, number);
        return new Export(code + "-v" + version.number() + ".xlsx", write(version.definition()));
    }

    /** Reads the workbook, validates it and stores it as the scheme's next version; nothing is stored on a problem. */
    public SchemeVersionView importVersion(String code, InputStream in, String note) {
        access.requireWriter(CurrentUser.get());
        Read read = read(in);
        try {
            return schemes.addVersion(code, new VersionForm(read.spec(), note == null || note.isBlank()
                    ? messages.get("scheme.importedNote") : note));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> read.locate(p)).toList());
        }
    }

    byte[] write(SchemeSpec spec) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet scheme = workbook.createSheet(SCHEME_SHEET);
            List<String> values = List.of(nz(spec.code()), nz(spec.name()), spec.version() == null ? "" : String.valueOf(spec.version()),
                    spec.rangePolicy() == null ? SchemeSpec.RangePolicy.BLOCK.name() : spec.rangePolicy().name());
            for (int r = 0; r < SCHEME_ROWS.size(); r++) {
                Row row = scheme.createRow(r);
                SheetCells.text(row, 0, SCHEME_ROWS.get(r));
                row.getCell(0).setCellStyle(header);
                SheetCells.text(row, 1, values.get(r));
            }
            scheme.setColumnWidth(0, 24 * 256);
            scheme.setColumnWidth(1, 50 * 256);

            Sheet dimensions = workbook.createSheet(DIMENSION_SHEET);
            header(dimensions, DIMENSION_COLUMNS, header);
            int r = 1;
            for (DimensionSpec d : spec.dimensions()) {
                Row row = dimensions.createRow(r++);
                SheetCells.text(row, 0, nz(d.code()));
                SheetCells.text(row, 1, nz(d.name()));
                number(row, 2, d.weight());
                number(row, 3, d.minWeight());
                number(row, 4, d.maxWeight());
            }

            Sheet items = workbook.createSheet(ITEM_SHEET);
            header(items, ITEM_COLUMNS, header);
            r = 1;
            for (DimensionSpec d : spec.dimensions()) {
                for (ItemSpec i : d.items()) {
                    Row row = items.createRow(r++);
                    SheetCells.text(row, 0, nz(d.code()));
                    SheetCells.text(row, 1, nz(i.code()));
                    SheetCells.text(row, 2, nz(i.name()));
                    SheetCells.text(row, 3, nz(i.indicatorCode()));
                    number(row, 4, i.weight());
                    SheetCells.text(row, 5, i.direction() == null ? "" : i.direction().name());
                    number(row, 6, i.target());
                    SheetCells.text(row, 7, i.source() == null ? "" : i.source().name());
                    SheetCells.text(row, 8, i.rule() == null || i.rule().type() == null ? "" : i.rule().type().name());
                    SheetCells.text(row, 9, i.rule() == null ? "" : schemeJson.compact(i.rule()));
                    SheetCells.text(row, 10, i.blend() == null ? "" : schemeJson.compact(i.blend()));
                }
            }
            for (int c = 0; c < ITEM_COLUMNS.size(); c++) {
                items.setColumnWidth(c, (c == 9 ? 60 : 18) * 256);
            }
            for (int c = 0; c < DIMENSION_COLUMNS.size(); c++) {
                dimensions.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition in a workbook, with where each item came from; refused with every cell problem named. */
    Read read(InputStream in) {
        List<FieldProblem> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet scheme = workbook.getSheet(SCHEME_SHEET);
            Sheet dimensionSheet = workbook.getSheet(DIMENSION_SHEET);
            Sheet itemSheet = workbook.getSheet(ITEM_SHEET);
            for (var named : List.of(Map.entry(SCHEME_SHEET, scheme == null), Map.entry(DIMENSION_SHEET, dimensionSheet == null),
                    Map.entry(ITEM_SHEET, itemSheet == null))) {
                if (named.getValue()) {
                    problems.add(new FieldProblem(named.getKey(), null, messages.get("scheme.import.missingSheet", named.getKey())));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Cells cells = new Cells(problems);
            String policyText = cells.text(scheme, 3, 1, SCHEME_SHEET, SCHEME_ROWS.get(3));
            SchemeSpec.RangePolicy policy = policyText == null ? null
                    : cells.choice(policyText, SchemeSpec.RangePolicy.class, SCHEME_SHEET + " / " + SCHEME_ROWS.get(3));
            String name = cells.text(scheme, 1, 1, SCHEME_SHEET, SCHEME_ROWS.get(1));

            Map<String, DimensionSpec> dimensions = new LinkedHashMap<>();
            Map<String, Integer> dimensionRows = new HashMap<>();
            Map<String, List<ItemSpec>> itemsOf = new LinkedHashMap<>();
            for (int r = 1; r <= dimensionSheet.getLastRowNum(); r++) {
                if (cells.blankRow(dimensionSheet.getRow(r), DIMENSION_COLUMNS.size())) {
                    continue;
                }
                String where = DIMENSION_SHEET + " row " + (r + 1) + " / ";
                String code = cells.text(dimensionSheet, r, 0, null, null);
                if (code == null) {
                    problems.add(new FieldProblem(where + DIMENSION_COLUMNS.get(0), null,
                            messages.get("scheme.import.required", DIMENSION_COLUMNS.get(0))));
                    continue;
                }
                BigDecimal weight = cells.number(dimensionSheet, r, 2, where + DIMENSION_COLUMNS.get(2));
                BigDecimal min = cells.number(dimensionSheet, r, 3, where + DIMENSION_COLUMNS.get(3));
                BigDecimal max = cells.number(dimensionSheet, r, 4, where + DIMENSION_COLUMNS.get(4));
                dimensionRows.putIfAbsent(code, r + 1);
                dimensions.put(code, new DimensionSpec(code, cells.text(dimensionSheet, r, 1, null, null), weight, min, max, List.of()));
                itemsOf.put(code, new ArrayList<>());
            }
            Map<String, Integer> itemRows = new HashMap<>();
            for (int r = 1; r <= itemSheet.getLastRowNum(); r++) {
                if (cells.blankRow(itemSheet.getRow(r), ITEM_COLUMNS.size())) {
                    continue;
                }
                String where = ITEM_SHEET + " row " + (r + 1) + " / ";
                String dimension = cells.text(itemSheet, r, 0, null, null);
                if (dimension == null || !itemsOf.containsKey(dimension)) {
                    problems.add(new FieldProblem(where + ITEM_COLUMNS.get(0), dimension,
                            messages.get("scheme.import.unknownDimension", dimension == null ? "" : dimension)));
                    continue;
                }
                String code = cells.text(itemSheet, r, 1, null, null);
                String directionText = cells.text(itemSheet, r, 5, null, null);
                String sourceText = cells.text(itemSheet, r, 7, null, null);
                ItemSpec.Direction direction = directionText == null ? null
                        : cells.choice(directionText, ItemSpec.Direction.class, where + ITEM_COLUMNS.get(5));
                ItemSpec.Source source = sourceText == null ? null
                        : cells.choice(sourceText, ItemSpec.Source.class, where + ITEM_COLUMNS.get(7));
                RuleSpec rule = null;
                String ruleText = cells.text(itemSheet, r, 9, null, null);
                if (ruleText != null) {
                    try {
                        rule = schemeJson.rule(ruleText);
                    } catch (JacksonException | IllegalArgumentException e) {
                        problems.add(new FieldProblem(where + ITEM_COLUMNS.get(9), ruleText, messages.get("indicator.error.ruleJson")));
                    }
                }
                Map<String, BigDecimal> blend = null;
                String blendText = cells.text(itemSheet, r, 10, null, null);
                if (blendText != null) {
                    try {
                        blend = json.readValue(blendText, new TypeReference<Map<String, BigDecimal>>() { });
                    } catch (JacksonException e) {
                        problems.add(new FieldProblem(where + ITEM_COLUMNS.get(10), blendText, messages.get("scheme.import.blend")));
                    }
                }
                itemsOf.get(dimension).add(new ItemSpec(code, cells.text(itemSheet, r, 2, null, null),
                        cells.text(itemSheet, r, 3, null, null), cells.number(itemSheet, r, 4, where + ITEM_COLUMNS.get(4)),
                        direction, cells.number(itemSheet, r, 6, where + ITEM_COLUMNS.get(6)), source, rule, blend));
                if (code != null) {
                    itemRows.putIfAbsent(dimension + "/" + code, r + 1);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<DimensionSpec> list = dimensions.values().stream().map(d -> new DimensionSpec(d.code(), d.name(), d.weight(),
                    d.minWeight(), d.maxWeight(), itemsOf.get(d.code()))).toList();
            return new Read(new SchemeSpec(null, name, null, policy, list), itemRows, dimensionRows);
        } catch (IOException | NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new InvalidInputException(List.of(new FieldProblem("file", null, messages.get("scheme.import.notXlsx"))));
        }
    }

    private static void header(Sheet sheet, List<String> titles, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            SheetCells.text(row, c, titles.get(c));
            row.getCell(c).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** The definition read, and the row each item came from, to name rows in the engine's problems. */
    record Read(SchemeSpec spec, Map<String, Integer> itemRows, Map<String, Integer> dimensionRows) {

        FieldProblem locate(FieldProblem problem) {
            String field = problem.field();
            if (field != null && field.startsWith("dimensions[")) {
                int close = field.indexOf(']');
                String dimension = field.substring("dimensions[".length(), close);
                String rest = field.substring(close + 1);
                if (rest.startsWith(".items[")) {
                    int end = rest.indexOf(']');
                    String item = rest.substring(".items[".length(), end);
                    Integer row = itemRows.get(dimension + "/" + item);
                    if (row != null) {
                        return new FieldProblem(ITEM_SHEET + " row " + row + " (" + item + ")" + rest.substring(end + 1),
                                problem.value(), problem.message());
                    }
                } else if (dimensionRows.containsKey(dimension)) {
                    return new FieldProblem(DIMENSION_SHEET + " row " + dimensionRows.get(dimension) + " (" + dimension + ")" + rest,
                            problem.value(), problem.message());
                }
            }
            return problem;
        }
    }

    /** Reads cells as text or numbers, collecting a problem per unreadable cell. */
    private final class Cells {

        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<FieldProblem> problems;

        Cells(List<FieldProblem> problems) {
            this.problems = problems;
        }

        String text(Sheet sheet, int r, int c, String sheetName, String label) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return null;
            }
            String text = cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, null) : formatter.formatCellValue(cell);
            return text == null || text.isBlank() ? null : text.strip();
        }

        BigDecimal number(Sheet sheet, int r, int c, String where) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return new BigDecimal(formatter.formatCellValue(cell).replace(",", "")).stripTrailingZeros();
            }
            String text = text(sheet, r, c, null, null);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.replace("%", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(where, text, messages.get("scheme.import.number")));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String text, Class<E> type, String where) {
            String key = text.strip().toUpperCase(Locale.ROOT);
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(key)) {
                    return value;
                }
            }
            problems.add(new FieldProblem(where, text, messages.get("scheme.import.choice",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().toString())));
            return null;
        }

        boolean blankRow(Row row, int columns) {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
