package dev.kaohe.intake.internal.records;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.intake.RecordSettings;
import dev.kaohe.platform.sheets.CellValues;

/**
 * Checks the rows of one batch, one at a time, and turns each valid row into the text of a business_record row
 * for COPY. Every problem of every row is reported: unknown employee, bad or negative numbers, scores outside
 * their scale, unreadable dates and times, a time earlier than the one it follows, a reference already used
 * in an earlier row of the batch.
 */
public final class RowChecker {

    /** A problem: row as a person sees it (0: the whole file), field key, value as written, reason key and argument. */
    public record Problem(int row, String field, String value, String reason, String argument) {
    }

    /** Where checked rows go. */
    public interface Sink {
        /** A valid row: the text of each {@link RecordCopy#COLUMNS} column from employee_id on (null for none). */
        void record(int row, String[] columns);

        void problem(Problem problem);
    }

    private final RecordForm form;
    private final Map<String, Long> employees;
    private final RecordSettings settings;
    private final ZoneId zone;
    private final ReferenceIndex references = new ReferenceIndex();
    private final int[] target;
    private final int dayField;
    private final int[][] orders;
    private final int referenceField;
    private final int[] scoreFields;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private DateWindow window;
    private long rowsHash;
    private long hashedRows;

    public RowChecker(RecordForm form, Map<String, Long> employees, RecordSettings settings) {
        this.form = form;
        this.employees = employees;
        this.settings = settings;
        this.zone = settings.zone();
        List<Field> fields = form.fields();
        target = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            target[i] = RecordCopy.column(fields.get(i).column());
        }
        dayField = fields.indexOf(form.day());
        referenceField = form.reference().map(fields::indexOf).orElse(-1);
        orders = form.orders().stream()
                .map(o -> new int[] {fields.indexOf(form.field(o.earlier()).orElseThrow()), fields.indexOf(form.field(o.later()).orElseThrow())})
                .toArray(int[][]::new);
        scoreFields = form.needsScore()
                ? fields.stream().filter(f -> f.kind() == Field.Kind.NPS || f.kind() == Field.Kind.CSAT || f.kind() == Field.Kind.CES)
                        .mapToInt(fields::indexOf).toArray()
                : new int[0];
    }

    public RecordForm form() {
        return form;
    }

    /** Rows dated outside the window are problems (outsidePeriod, inFuture, tooOld); returns this checker. */
    public RowChecker within(DateWindow window) {
        this.window = window;
        return this;
    }

    /**
     * What the valid rows say, whatever the file's format, bytes and row order: the record type, the number of valid
     * rows and the sum of a 64-bit hash of each row's normalised values (numbers without trailing zeros, times as
     * instants), so the same rows sent again as .xlsx instead of .csv, reordered, or through the API are recognised.
     */
    public String rowsHash() {
        return form.type().name() + ":" + hashedRows + ":" + Long.toHexString(rowsHash);
    }

    /** The position of each field among the header's cells (-1 when absent), and a problem per missing required column. */
    public int[] header(List<String> cells, int headerRow, List<Problem> problems) {
        List<Field> fields = form.fields();
        int[] index = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            index[f] = -1;
            for (int c = 0; c < cells.size(); c++) {
                if (fields.get(f).matches(cells.get(c))) {
                    index[f] = c;
                    break;
                }
            }
            if (index[f] < 0 && fields.get(f).required()) {
                problems.add(new Problem(headerRow, fields.get(f).key(), "", "missingColumn", null));
            }
        }
        return index;
    }

    /** Checks one row given as the text of each field (in form order, null or blank for empty); true when valid. */
    public boolean check(int row, String[] values, Sink sink) {
        List<Field> fields = form.fields();
        String[] out = new String[RecordCopy.COLUMNS.size()];
        Object[] parsed = new Object[fields.size()];
        boolean valid = true;
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            String text = values[f] == null ? "" : values[f].strip();
            if (text.isEmpty()) {
                if (field.required()) {
                    valid = problem(sink, row, field, text, "required", null);
                }
                continue;
            }
            Object value = parse(field, text);
            if (value instanceof Rejection rejection) {
                valid = problem(sink, row, field, text, rejection.reason, rejection.argument);
                continue;
            }
            parsed[f] = value;
            if (field.kind() == Field.Kind.EMPLOYEE) {
                out[RecordCopy.column("employee_id")] = value.toString();
                out[target[f]] = text;
            } else {
                out[target[f]] = format(value);
            }
        }
        for (int[] order : orders) {
            if (parsed[order[0]] instanceof OffsetDateTime earlier && parsed[order[1]] instanceof OffsetDateTime later
                    && later.isBefore(earlier)) {
                valid = problem(sink, row, fields.get(order[1]), values[order[1]].strip(), "earlierThan", fields.get(order[0]).key());
            }
        }
        if (scoreFields.length > 0) {
            boolean any = false;
            for (int f : scoreFields) {
                any |= values[f] != null && !values[f].isBlank();
            }
            if (!any) {
                valid = problem(sink, row, fields.get(scoreFields[0]), "", "noScore", null);
            }
        }
        if (referenceField >= 0 && values[referenceField] != null && !values[referenceField].isBlank()) {
            String reference = values[referenceField].strip();
            int first = references.putIfAbsent(reference, row);
            if (first != 0) {
                valid = problem(sink, row, fields.get(referenceField), reference, "duplicate", Integer.toString(first));
            }
        }
        Object dayValue = parsed[dayField];
        LocalDate day = dayValue == null ? null
                : dayValue instanceof OffsetDateTime at ? at.atZoneSameInstant(zone).toLocalDate() : (LocalDate) dayValue;
        if (day != null && window != null) {
            Problem outside = window.check(row, form.day().key(), values[dayField].strip(), day);
            if (outside != null) {
                sink.problem(outside);
                valid = false;
            }
        }
        if (!valid) {
            return false;
        }
        rowsHash += hash(parsed);
        hashedRows++;
        out[RecordCopy.column("occurred_on")] = day.toString();
        if (firstDay == null || day.isBefore(firstDay)) {
            firstDay = day;
        }
        if (lastDay == null || day.isAfter(lastDay)) {
            lastDay = day;
        }
        sink.record(row, out);
        return true;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** A 64-bit hash of one row's normalised values (FNV-1a over the values, then a final mix). */
    private static long hash(Object[] parsed) {
        long h = 0xcbf29ce484222325L;
        for (int f = 0; f < parsed.length; f++) {
            Object value = parsed[f];
            String text = value == null ? "\u0000" : value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString()
                    : value instanceof OffsetDateTime t ? t.toInstant().toString() : value.toString();
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ (0x1f + f)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static boolean problem(Sink sink, int row, Field field, String value, String reason, String argument) {
        sink.problem(new Problem(row, field.key(), value.length() > 200 ? value.substring(0, 199) + "…" : value, reason, argument));
        return false;
    }

    private record Rejection(String reason, String argument) {
    }

    private Object parse(Field field, String text) {
        return switch (field.kind()) {
            case EMPLOYEE -> {
                Long id = employees.get(text);
                yield id == null ? new Rejection("unknownEmployee", null) : id;
            }
            case TEXT -> text.length() > field.maxLength() ? new Rejection("tooLong", Integer.toString(field.maxLength())) : text;
            case AMOUNT -> {
                Optional<BigDecimal> number = CellValues.number(text);
                if (number.isEmpty()) {
                    yield new Rejection("badNumber", null);
                }
                if (number.get().signum() < 0) {
                    yield new Rejection("negative", null);
                }
                yield number.get().compareTo(settings.maxAmount()) >= 0 ? new Rejection("tooLarge", null) : number.get();
            }
            case DATE -> CellValues.date(text).<Object>map(d -> d).orElse(new Rejection("badDate", null));
            case DATE_TIME -> dateTime(text).<Object>map(t -> t).orElse(new Rejection("badDateTime", null));
            case YES_NO -> yesNo(text).<Object>map(b -> b).orElse(new Rejection("badYesNo", null));
            case NPS -> score(text, BigDecimal.ZERO, BigDecimal.TEN, true, "npsRange");
            case CSAT -> score(text, BigDecimal.ONE, BigDecimal.valueOf(5), true, "csatRange");
            case CES -> score(text, BigDecimal.ONE, settings.cesMax(), false, "cesRange");
        };
    }

    private static Object score(String text, BigDecimal min, BigDecimal max, boolean whole, String reason) {
        Optional<BigDecimal> number = CellValues.number(text);
        if (number.isEmpty()) {
            return new Rejection("badNumber", null);
        }
        BigDecimal n = number.get();
        boolean fits = n.compareTo(min) >= 0 && n.compareTo(max) <= 0 && (!whole || n.stripTrailingZeros().scale() <= 0)
                && n.scale() <= 2;
        return fits ? (whole ? n.stripTrailingZeros() : n) : new Rejection(reason, min.toPlainString() + "–" + max.toPlainString());
    }

    private Optional<OffsetDateTime> dateTime(String text) {
        if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?[+-]\\d{2}:?\\d{2}"))) {
            try {
                return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        try {
            return CellValues.dateTime(text).map(local -> local.atZone(zone).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "新", "新客户", "new", "通过", "pass", "passed", "√", "✓" -> Optional.of(true);
            case "否", "n", "no", "false", "0", "老", "老客户", "existing", "未通过", "不通过", "fail", "failed", "×", "✗" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String format(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "t" : "f";
        }
        return value.toString();
    }

    /** The values of one API row, in form order, from its JSON fields (keys as in the template's API names). */
    public String[] values(Map<String, ?> row) {
        List<Field> fields = form.fields();
        String[] values = new String[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Object value = row == null ? null : row.get(fields.get(f).key());
            values[f] = value == null ? null : value.toString();
        }
        return values;
    }

    /** Unknown keys of an API row, so a typing error in a field name is not silently dropped. */
    public List<String> unknownKeys(Map<String, ?> row) {
        List<String> unknown = new ArrayList<>();
        if (row != null) {
            for (String key : row.keySet()) {
                if (form.field(key).isEmpty()) {
                    unknown.add(key);
                }
            }
        }
        return unknown;
    }
}
