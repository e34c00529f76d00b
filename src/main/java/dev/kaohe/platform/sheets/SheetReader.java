package dev.kaohe.platform.sheets;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Turns an uploaded .xlsx or .csv into rows of text, numbered as Excel shows them. The first sheet of a
 * workbook is read as a stream, so large files do not build a whole workbook in memory. CSV may be UTF-8
 * (with or without BOM), GBK/GB18030 (what Excel in China writes) or UTF-16 ("Unicode text").
 * Empty rows and rows whose first cell starts with {@code #} (the template's example) are skipped.
 * {@link UnreadableFile#reasonKey} is one of {@code import.file.empty|xls|badCsv|badXlsx}; callers put their
 * bundle's prefix in front.
 */
public final class SheetReader {

    public static final Charset GBK = Charset.forName("GB18030");

    private SheetReader() {
    }

    /** A row of cell texts (trimmed, never null) and the row number a person sees in Excel. */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** The header row and the data rows; {@code tooManyRows} when reading stopped at the limit. */
    public record Sheet(Row header, List<Row> rows, boolean tooManyRows) {
    }

    /** The file cannot be read at all; {@code reasonKey} says why in words for the person who uploaded it. */
    public static final class UnreadableFile extends Exception {
        public final String reasonKey;

        UnreadableFile(String reasonKey, Throwable cause) {
            super(reasonKey, cause);
            this.reasonKey = reasonKey;
        }
    }

    public static Sheet read(byte[] content, int maxRows) throws UnreadableFile {
        if (content.length == 0) {
            throw new UnreadableFile("import.file.empty", null);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(content, maxRows);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFile("import.file.xls", null);
        }
        return readCsv(content, maxRows);
    }

    // ---- streaming

    /**
     * Receives the rows of {@link #stream} one at a time: the header first (the first non-empty row), then each
     * data row. Empty rows and rows whose first cell starts with {@code #} are not passed on.
     */
    public interface Rows {
        void header(Row header);

        /** Returns false to stop reading. */
        boolean row(Row row);
    }

    /**
     * Reads an .xlsx or .csv from a stream without keeping its rows: a CSV is decoded as it is read, a workbook
     * is spooled to a temporary file (a zip cannot be read from a stream) and its first sheet parsed with SAX.
     * The CSV charset is decided on the first megabyte: a BOM, else UTF-8 when that prefix decodes strictly as
     * UTF-8, else GBK. Whatever {@code rows} throws passes through unchanged.
     */
    public static void stream(InputStream content, Rows rows) throws UnreadableFile {
        BufferedInputStream in = new BufferedInputStream(content, 1 << 16);
        try {
            byte[] magic = peek(in, 4);
            if (magic.length == 0) {
                throw new UnreadableFile("import.file.empty", null);
            }
            if (startsWith(magic, 0x50, 0x4B, 0x03, 0x04)) {
                streamXlsx(in, rows);
            } else if (startsWith(magic, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw new UnreadableFile("import.file.xls", null);
            } else {
                streamCsv(in, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] peek(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] prefix = in.readNBytes(length);
        in.reset();
        return prefix;
    }

    private static void streamCsv(BufferedInputStream in, Rows rows) throws IOException, UnreadableFile {
        byte[] bom = peek(in, 3);
        Charset charset;
        if (startsWith(bom, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bom, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bom, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = utf8Prefix(peek(in, 1 << 20)) ? StandardCharsets.UTF_8 : GBK;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        reader.mark(1 << 16);
        char[] start = new char[1 << 15];
        int read = reader.read(start);
        reader.reset();
        String head = read <= 0 ? "" : new String(start, 0, read);
        Collecting target = new Collecting(rows);
        csv(reader, delimiter(head), target);
        if (!target.sawHeader) {
            throw new UnreadableFile("import.file.empty", null);
        }
    }

    /** Whether the bytes are UTF-8, allowing a character cut off at the end of the prefix. */
    private static boolean utf8Prefix(byte[] prefix) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(prefix);
        var result = decoder.decode(bytes, java.nio.CharBuffer.allocate(prefix.length + 1), false);
        return !result.isError();
    }

    private static void streamXlsx(InputStream in, Rows rows) throws IOException, UnreadableFile {
        Path file = Files.createTempFile("kaohe-sheet", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Collecting target = new Collecting(rows);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                xlsx(pkg, target);
            } catch (UnreadableFile | Passed e) {
                throw e;
            } catch (Exception e) {
                throw new UnreadableFile("import.file.badXlsx", e);
            }
            if (!target.sawHeader) {
                throw new UnreadableFile("import.file.empty", null);
            }
        } catch (Passed passed) {
            throw passed.unwrap();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Skips empty and example rows, keeps the first row as the header, passes on the rest. */
    private static final class Collecting implements Target {
        private final Rows rows;
        private boolean sawHeader;

        Collecting(Rows rows) {
            this.rows = rows;
        }

        @Override
        public boolean add(Row row) {
            if (row.blank()) {
                return true;
            }
            try {
                if (!sawHeader) {
                    sawHeader = true;
                    rows.header(row);
                    return true;
                }
                return row.cell(0).startsWith("#") || rows.row(row);
            } catch (RuntimeException e) {
                throw new Passed(e);
            }
        }
    }

    /** Carries an exception of the caller's {@link Rows} through the parsers, which would read it as a bad file. */
    private static final class Passed extends RuntimeException {
        Passed(RuntimeException cause) {
            super(null, cause, false, false);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }

    private interface Target {
        boolean add(Row row);
    }

    // ---- CSV

    private static Sheet readCsv(byte[] content, int maxRows) throws UnreadableFile {
        String text = decode(content);
        Collector collector = new Collector(maxRows);
        csv(new StringReader(text), delimiter(text), collector);
        return collector.sheet();
    }

    private static void csv(Reader text, char delimiter, Target target) throws UnreadableFile {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(clean(value)));
                if (!target.add(new Row((int) record.getRecordNumber(), cells))) {
                    break;
                }
            }
        } catch (Passed passed) {
            throw passed.unwrap();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile("import.file.badCsv", e);
        }
    }

    /** UTF-8 when the bytes decode strictly as UTF-8, otherwise GBK; a BOM decides first. */
    public static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    /** Comma unless the header line clearly uses tabs (Excel's "Unicode text") or semicolons. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- XLSX

    private static Sheet readXlsx(byte[] content, int maxRows) throws UnreadableFile {
        Collector collector = new Collector(maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            xlsx(pkg, collector);
        } catch (UnreadableFile e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableFile("import.file.badXlsx", e);
        }
        return collector.sheet();
    }

    private static void xlsx(OPCPackage pkg, Target target) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        var sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new UnreadableFile("import.file.empty", null);
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                    new RowHandler(target), new IsoDateFormatter(), false));
            parser.parse(new InputSource(sheet));
        } catch (Limit reached) {
            // stopped reading: the target asked to stop
        }
    }

    private static final class Limit extends RuntimeException {
        Limit() {
            super(null, null, false, false);
        }
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Target collector;
        private List<String> cells;

        RowHandler(Target collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!collector.add(new Row(rowNum + 1, cells))) {
                throw new Limit();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(clean(formattedValue));
        }
    }

    /**
     * Date cells become ISO dates whatever their display format (Excel's "m/d/yy" would be ambiguous), and
     * whole numbers in General format keep all digits (employee numbers, phone numbers).
     */
    private static final class IsoDateFormatter extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    return at.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
                }
                return at.format(DATE_TIME); // a date-time cell keeps its time: "2025-07-01 09:30:00"
            }
            if ((formatIndex == 0 || "General".equalsIgnoreCase(formatString)) && value == Math.rint(value)
                    && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    // ---- shared

    /** Keeps the first non-empty row as the header and the data rows after it, up to the limit. */
    private static final class Collector implements Target {
        private final int maxRows;
        private Row header;
        private final List<Row> rows = new ArrayList<>();
        private boolean tooMany;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public boolean add(Row row) {
            if (row.blank()) {
                return true;
            }
            if (header == null) {
                header = row;
                return true;
            }
            if (row.cell(0).startsWith("#")) {
                return true;
            }
            if (rows.size() >= maxRows) {
                tooMany = true;
                return false;
            }
            rows.add(row);
            return true;
        }

        Sheet sheet() throws UnreadableFile {
            if (header == null) {
                throw new UnreadableFile("import.file.empty", null);
            }
            return new Sheet(header, List.copyOf(rows), tooMany);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\uFEFF", "").replace('\u00A0', ' ').strip();
        return SheetCells.escaped(text) ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
