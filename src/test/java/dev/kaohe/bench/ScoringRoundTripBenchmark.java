package dev.kaohe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kaohe.platform.db.EmbeddedDatabaseProperties;
import dev.kaohe.platform.db.EmbeddedPostgresServer;
import dev.kaohe.scoring.domain.Evaluation;
import dev.kaohe.scoring.domain.ItemInput;
import dev.kaohe.scoring.domain.ItemResult;
import dev.kaohe.scoring.domain.Participant;
import dev.kaohe.scoring.domain.PersonResult;
import dev.kaohe.scoring.domain.Rater;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The scoring engine from PostgreSQL and back, against one SQL statement that reads the same inputs.
 *
 * <p>Starts an embedded PostgreSQL in {@code target/pg-bench-scoring} (wiped on every run, test settings), loads
 * the {@link ScoringBenchmark} population into {@code bench_participant} (team, department, team attainment)
 * and {@code bench_input} (one row per participant and item, 10 per participant), then measures, alternating:
 * <ol>
 *   <li><b>read</b>: the one statement joining inputs to participants in participant order, every row and
 *       column fetched through JDBC with a fetch size;</li>
 *   <li><b>full path</b>: the same statement, building {@link Participant}s from the stream, evaluating them,
 *       and writing one result row per participant with {@code COPY} into {@code bench_result} (emptied in the
 *       same transaction), then commit.</li>
 * </ol>
 * It prints medians and the ratio full path ÷ read. Not a test; run {@code bench/scoring/roundtrip.sh}.
 *
 * <p>Arguments: {@code [participants=100000] [warm-up rounds=3] [measured rounds=5]}.
 */
public final class ScoringRoundTripBenchmark {

    static final String READ = """
            select i.participant, p.team, p.department, p.team_attainment, i.item, i.actual, i.self_rating, i.manager_rating
              from bench_input i join bench_participant p on p.participant = i.participant
             order by i.participant, i.item""";
    private static final int FETCH_SIZE = 10_000;

    private ScoringRoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        long started = System.nanoTime();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(
                new EmbeddedDatabaseProperties("target/pg-bench-scoring", 0, true));
        System.out.printf("embedded PostgreSQL up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Evaluation evaluation = ScoringBenchmark.evaluation();
        List<Participant> population = new ArrayList<>(size);
        for (Participant p : ScoringBenchmark.population(size, 10, new Random(42))) {
            population.add(p.inGroup("department", "D" + population.size() / 1_000)); // 100 teams per department
        }

        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "")) {
            long loadStart = System.nanoTime();
            load(connection, population);
            System.out.printf("loaded %,d participants and %,d input rows in %.1f s%n", size,
                    count(connection, "bench_input"), (System.nanoTime() - loadStart) / 1e9);

            // the same results from the database as from memory, to the last digit and word
            List<PersonResult> fromMemory = evaluation.evaluate(population);
            List<PersonResult> fromDatabase = evaluation.evaluate(readParticipants(connection));
            String memorySum = ScoringEngineTiming.checksum(fromMemory);
            String databaseSum = ScoringEngineTiming.checksum(fromDatabase);
            System.out.println("checksum in memory " + memorySum + (memorySum.equals(databaseSum) ? " = " : " ≠ ")
                    + "from the database " + databaseSum);
            fromMemory = null;
            fromDatabase = null;
            population = null;

            System.out.printf("cores %d, heap %d MB; %d warm-up and %d measured rounds, each: read, then full path%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmups, rounds);
            double[] read = new double[rounds];
            double[] full = new double[rounds];
            double[][] parts = new double[rounds][];
            for (int round = -warmups; round < rounds; round++) {
                String load = ScoringEngineTiming.loadAverage();
                long start = System.nanoTime();
                long rows = readOnly(connection);
                double readMs = (System.nanoTime() - start) / 1e6;
                double[] steps = fullPath(connection, evaluation);
                String tag = round < 0 ? "warm-up" : "round " + (round + 1);
                System.out.printf("%-8s load %s | read %,d rows %.0f ms | full %.0f ms (read+build %.0f, evaluate %.0f, "
                                + "write %.0f + commit %.0f) | ratio %.2f%n",
                        tag, load, rows, readMs, steps[0], steps[1], steps[2], steps[3], steps[4], steps[0] / readMs);
                if (round >= 0) {
                    read[round] = readMs;
                    full[round] = steps[0];
                    parts[round] = steps;
                }
            }
            if (rounds > 0) {
                double readMedian = ScoringEngineTiming.median(read);
                double fullMedian = ScoringEngineTiming.median(full);
                double[] ratios = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    ratios[i] = full[i] / read[i];
                }
                System.out.printf("median of %d rounds: read %.0f ms, full path %.0f ms (read+build %.0f, evaluate %.0f, "
                                + "write %.0f, commit %.0f); ratio of medians %.2f, median ratio %.2f; load %s%n",
                        rounds, readMedian, fullMedian, column(parts, 1), column(parts, 2), column(parts, 3), column(parts, 4),
                        fullMedian / readMedian, ScoringEngineTiming.median(ratios), ScoringEngineTiming.loadAverage());
            }
            System.out.println("bench_result rows: " + count(connection, "bench_result"));
        }
        System.exit(0); // stops the embedded PostgreSQL through its shutdown hook
    }

    private static double column(double[][] parts, int index) {
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i][index];
        }
        return ScoringEngineTiming.median(values);
    }

    /** (a) The one statement: every row and column fetched, nothing built. */
    static long readOnly(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        long rows = 0;
        long sink = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(READ)) {
                while (rs.next()) {
                    sink += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length();
                    BigDecimal attainment = rs.getBigDecimal(4);
                    sink += rs.getString(5).length();
                    BigDecimal actual = rs.getBigDecimal(6);
                    BigDecimal self = rs.getBigDecimal(7);
                    BigDecimal manager = rs.getBigDecimal(8);
                    sink += (attainment == null ? 0 : 1) + (actual == null ? 0 : 1) + (self == null ? 0 : 1) + (manager == null ? 0 : 1);
                    rows++;
                }
            }
        }
        connection.commit();
        if (sink == 42) {
            System.out.print("");
        }
        return rows;
    }

    /** (b) Read and build, evaluate, write with COPY in one transaction. Times: total, read+build, evaluate, write, commit. */
    static double[] fullPath(Connection connection, Evaluation evaluation) throws SQLException, IOException {
        long start = System.nanoTime();
        List<Participant> participants = readParticipants(connection);
        long read = System.nanoTime();
        List<PersonResult> results = evaluation.evaluate(participants);
        long evaluated = System.nanoTime();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate bench_result");
        }
        writeResults(connection, results);
        long written = System.nanoTime();
        connection.commit();
        long committed = System.nanoTime();
        return new double[] {(committed - start) / 1e6, (read - start) / 1e6, (evaluated - read) / 1e6,
                (written - evaluated) / 1e6, (committed - written) / 1e6};
    }

    static List<Participant> readParticipants(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        List<Participant> participants = new ArrayList<>();
        // one String per item code, team and department rather than one per row
        Map<String, String> names = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(READ)) {
                String current = null;
                Map<String, String> groups = null;
                BigDecimal attainment = null;
                Map<String, ItemInput> inputs = new HashMap<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            participants.add(new Participant(current, groups, inputs, attainment, List.of()));
                            inputs = new HashMap<>();
                        }
                        current = id;
                        groups = Map.of("team", names.computeIfAbsent(rs.getString(2), n -> n),
                                "department", names.computeIfAbsent(rs.getString(3), n -> n));
                        attainment = rs.getBigDecimal(4);
                    }
                    BigDecimal actual = rs.getBigDecimal(6);
                    BigDecimal self = rs.getBigDecimal(7);
                    BigDecimal manager = rs.getBigDecimal(8);
                    Map<Rater, BigDecimal> ratings = null;
                    if (self != null || manager != null) {
                        ratings = new EnumMap<>(Rater.class);
                        if (self != null) {
                            ratings.put(Rater.SELF, self);
                        }
                        if (manager != null) {
                            ratings.put(Rater.MANAGER, manager);
                        }
                    }
                    inputs.put(names.computeIfAbsent(rs.getString(5), n -> n), new ItemInput(actual, null, ratings, null));
                }
                if (current != null) {
                    participants.add(new Participant(current, groups, inputs, attainment, List.of()));
                }
            }
        }
        connection.commit();
        return participants;
    }

    /** One row per participant: the scores, the official grade, and the places in the team and the company. */
    static void writeResults(Connection connection, List<PersonResult> results) throws SQLException, IOException {
        String copy = "copy bench_result (participant, scheme_code, scheme_version, composite, final_score, grade, "
                + "team_rank, team_size, company_rank, company_percentile, company_grade, rank_band, item_scores, problem) "
                + "from stdin";
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder row = new StringBuilder(256);
            for (PersonResult r : results) {
                row.setLength(0);
                text(row, r.participantId()).append('\t');
                text(row, r.schemeCode()).append('\t').append(r.schemeVersion()).append('\t');
                number(row, r.composite()).append('\t');
                number(row, r.finalScore()).append('\t');
                text(row, r.grade() == null ? null : r.grade().code()).append('\t');
                PersonResult.Place team = r.places().get("team");
                PersonResult.Place company = r.places().get("company");
                row.append(team == null ? "\\N" : Integer.toString(team.rank().rank())).append('\t');
                row.append(team == null ? "\\N" : Integer.toString(team.rank().size())).append('\t');
                row.append(company == null ? "\\N" : Integer.toString(company.rank().rank())).append('\t');
                number(row, company == null ? null : company.rank().percentile()).append('\t');
                text(row, company == null || company.distribution() == null ? null : company.distribution().grade().code()).append('\t');
                text(row, company == null || company.rank().band() == null ? null : company.rank().band().code()).append('\t');
                row.append('{');
                for (int i = 0; i < r.items().size(); i++) {
                    ItemResult item = r.items().get(i);
                    row.append(i == 0 ? "" : ",").append(item.score() == null ? "NULL" : item.score().toPlainString());
                }
                row.append("}\t");
                text(row, r.problems().isEmpty() ? null : r.problems().get(0).en()).append('\n');
                out.append(row);
            }
        }
    }

    private static StringBuilder number(StringBuilder row, BigDecimal value) {
        return row.append(value == null ? "\\N" : value.toPlainString());
    }

    /** A value in COPY's text format: \N for null, backslash, tab and line breaks escaped. */
    private static StringBuilder text(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
    }

    private static void load(Connection connection, List<Participant> population) throws SQLException, IOException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table bench_participant (
                        participant text primary key,
                        team text not null,
                        department text not null,
                        team_attainment numeric)""");
            statement.execute("""
                    create table bench_input (
                        participant text not null,
                        item text not null,
                        actual numeric,
                        self_rating numeric,
                        manager_rating numeric,
                        primary key (participant, item))""");
            statement.execute("""
                    create table bench_result (
                        participant text primary key,
                        scheme_code text not null,
                        scheme_version int not null,
                        composite numeric,
                        final_score numeric,
                        grade text,
                        team_rank int,
                        team_size int,
                        company_rank int,
                        company_percentile numeric,
                        company_grade text,
                        rank_band text,
                        item_scores numeric[],
                        problem text)""");
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, "copy bench_participant from stdin", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (Participant p : population) {
                out.append(p.id()).append('\t').append(p.groups().get("team")).append('\t')
                        .append(p.groups().get("department")).append('\t').append(p.teamAttainment().toPlainString()).append('\n');
            }
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, "copy bench_input from stdin", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (Participant p : population) {
                for (Map.Entry<String, ItemInput> e : p.inputs().entrySet()) {
                    ItemInput input = e.getValue();
                    out.append(p.id()).append('\t').append(e.getKey()).append('\t')
                            .append(plain(input.actual())).append('\t')
                            .append(plain(input.ratings().get(Rater.SELF))).append('\t')
                            .append(plain(input.ratings().get(Rater.MANAGER))).append('\n');
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (freeze, analyze) bench_participant");
            statement.execute("vacuum (freeze, analyze) bench_input");
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "\\N" : value.toPlainString();
    }

    private static long count(Connection connection, String table) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } finally {
            connection.setAutoCommit(auto);
        }
    }
}
