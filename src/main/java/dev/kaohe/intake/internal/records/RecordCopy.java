package dev.kaohe.intake.internal.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kaohe.intake.RecordType;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes checked rows into business_record, and problems into intake_record_problem, with pgJDBC's COPY on the
 * caller's connection, inside the caller's transaction: a cancel, a failure or a killed process rolls back
 * every row. Problems are buffered and written between two COPY streams of records (one connection carries
 * one COPY at a time), so memory stays bounded however many problems a file has.
 */
public final class RecordCopy implements RowChecker.Sink, AutoCloseable {

    /** The columns of business_record a COPY fills, in order. */
    public static final List<String> COLUMNS = List.of("batch_id", "row_number", "record_type", "employee_id", "employee_no",
            "occurred_on", "reference", "customer", "customer_tier", "product_line", "channel", "region_code", "new_customer",
            "lead_source", "category", "severity", "amount", "amount_due", "nps", "csat", "ces", "passed", "started_at",
            "first_response_at", "ended_at");
    private static final String RECORDS = "copy business_record (" + String.join(", ", COLUMNS) + ") from stdin";
    private static final String PROBLEMS = "copy intake_record_problem (batch_id, row_number, field, value, reason, argument) from stdin";
    private static final int PROBLEM_BUFFER = 5_000;

    private final PGConnection connection;
    private final String batchPrefix;
    private final String batch;
    private final List<RowChecker.Problem> problems = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(256);
    private PGCopyOutputStream stream;
    private Writer writer;
    private long records;
    private long problemCount;
    private long rowsWithProblems;
    private int lastProblemRow = -1;

    private final String typeColumn;

    public RecordCopy(Connection connection, UUID batchId, RecordType type) throws SQLException {
        this.connection = connection.unwrap(PGConnection.class);
        this.batch = batchId.toString();
        this.batchPrefix = batch + "\t";
        this.typeColumn = "\t" + type.name() + "\t";
    }

    public static int column(String name) {
        int index = COLUMNS.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    @Override
    public void record(int row, String[] columns) {
        try {
            if (writer == null) {
                open();
            }
            format(line, row, columns);
            writer.append(line);
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The COPY text line of a checked row (see {@link RowChecker.Sink#record}), into {@code line}; usable from any thread. */
    public void format(StringBuilder line, int row, String[] columns) {
        line.setLength(0);
        line.append(batchPrefix).append(row).append(typeColumn);
        for (int c = 3; c < columns.length; c++) {
            if (c > 3) {
                line.append('\t');
            }
            escape(line, columns[c]);
        }
        line.append('\n');
    }

    /** Writes {@code records} lines already formatted with {@link #format} and encoded as UTF-8. */
    public void write(byte[] data, int length, int records) {
        try {
            if (writer == null) {
                open();
            }
            writer.flush();
            stream.write(data, 0, length);
            this.records += records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void problem(RowChecker.Problem problem) {
        problemCount++;
        if (problem.row() != lastProblemRow) {
            lastProblemRow = problem.row();
            rowsWithProblems++;
        }
        problems.add(problem);
        if (problems.size() >= PROBLEM_BUFFER) {
            flushProblems();
        }
    }

    /** Ends the COPY and writes the remaining problems; the caller's transaction commits them. */
    public void finish() {
        flushProblems();
    }

    public long records() {
        return records;
    }

    public long problems() {
        return problemCount;
    }

    public long rowsWithProblems() {
        return rowsWithProblems;
    }

    /** Abandons an open COPY; the transaction must then roll back. */
    @Override
    public void close() {
        if (stream != null && stream.isActive()) {
            try {
                stream.cancelCopy();
            } catch (SQLException ignored) {
                // the rollback that follows discards the rows either way
            }
        }
        stream = null;
        writer = null;
    }

    private void open() {
        try {
            stream = new PGCopyOutputStream(connection, RECORDS, 1 << 16);
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void end() {
        if (writer == null) {
            return;
        }
        try {
            writer.flush();
            stream.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        writer = null;
        stream = null;
    }

    private void flushProblems() {
        end();
        if (problems.isEmpty()) {
            return;
        }
        try (PGCopyOutputStream out = new PGCopyOutputStream(connection, PROBLEMS, 1 << 16);
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            for (RowChecker.Problem p : problems) {
                line.setLength(0);
                line.append(batch).append('\t').append(p.row()).append('\t');
                escape(line, p.field());
                line.append('\t');
                escape(line, p.value());
                line.append('\t');
                escape(line, p.reason());
                line.append('\t');
                escape(line, p.argument());
                line.append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        problems.clear();
    }

    /** COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
    private static void escape(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
