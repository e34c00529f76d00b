package dev.kaohe.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import dev.kaohe.KaoheApplication;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.RecordBatchView;
import dev.kaohe.intake.RecordImports;
import dev.kaohe.intake.RecordType;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.TestUsers;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole business-record import of a CSV of order rows (upload streamed into the database, dry run with
 * every check and COPY into business_record, commit, and whatever listens to RecordsCommitted), against one
 * {@code COPY … FROM STDIN (FORMAT csv)} of the same file into a plain table of text columns on the same
 * PostgreSQL.
 *
 * <p>Starts the application (Spring context, embedded PostgreSQL in {@code target/pg-bench-intake}, wiped on
 * every run) in this JVM, so {@code -Xmx} bounds the app side of the import. Creates 1,000 employees, writes
 * the file to {@code target/bench-intake/orders.csv}, then alternates COPY and import for the rounds asked
 * for; between rounds (untimed) the previous batch is set aside so the next commit is not a duplicate.
 * Prints each round, the medians, their ratio and the peak heap. Not a test; run {@code bench/intake/run.sh}.
 *
 * <p>Arguments: {@code [rows=1000000] [rounds=3]}.
 */
public final class RecordImportBenchmark {

    private static final CurrentUser HR = TestUsers.user("bench-hr", null, Role.HR);

    private RecordImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long started = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(KaoheApplication.class,
                "--kaohe.embedded-db.data-dir=target/pg-bench-intake", "--kaohe.embedded-db.port=0", "--kaohe.embedded-db.clean=true",
                "--server.port=0", "--logging.level.root=WARN",
                "--kaohe.intake.records.background-from-bytes=" + Long.MAX_VALUE,
                "--kaohe.intake.records.background-from-rows=" + Integer.MAX_VALUE);
        System.out.printf("application up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        try {
            run(app, rows, rounds);
        } finally {
            app.close();
        }
    }

    private static void run(ConfigurableApplicationContext app, int rows, int rounds) throws Exception {
        RecordImports imports = app.getBean(RecordImports.class);
        DataSource dataSource = app.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> employees = employees(app.getBean(OrgFixture.class), 1_000);
        Path file = Path.of("target/bench-intake/orders.csv");
        long written = write(file, employees, rows);
        System.out.printf("%,d order rows, %,d bytes in %s%n", rows, written, file);
        jdbc.execute("""
                create table bench_orders_plain (employee_no text, reference text, order_date text, amount text, customer text,
                  customer_tier text, product_line text, channel text, region text, new_customer text, lead_source text)""");

        if (Boolean.getBoolean("bench.withoutIndexes")) { // diagnosis: how much index upkeep costs
            jdbc.execute("drop index business_record_type_month_ix");
            jdbc.execute("drop index business_record_employee_ix");
        }
        List<Long> copies = new ArrayList<>();
        List<Long> importsTimed = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        UUID previous = null;
        for (int round = 1; round <= rounds; round++) {
            if (previous != null) {
                setAside(jdbc, previous);
            }
            jdbc.execute("truncate bench_orders_plain");
            jdbc.execute("checkpoint");

            long copyStart = System.nanoTime();
            long copied;
            try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
                copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_orders_plain from stdin (format csv, header true)", in);
            }
            long copy = System.nanoTime() - copyStart;
            jdbc.execute("checkpoint");

            long importStart = System.nanoTime();
            AtomicReference<UUID> id = new AtomicReference<>();
            long[] phases = new long[3];
            TestUsers.runAs(HR, () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    id.set(imports.upload(RecordType.ORDER, "orders.csv", in, Files.size(file), "BENCH").batchId());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                phases[0] = System.nanoTime() - importStart;
                long commitStart = System.nanoTime();
                imports.commit(id.get(), CommitMode.ALL_OR_NOTHING);
                phases[1] = System.nanoTime() - commitStart;
            });
            long whole = System.nanoTime() - importStart;
            RecordBatchView batch = asHr(() -> imports.batch(id.get()));
            if (batch.rows() != rows || batch.problems() != 0 || copied != rows) {
                throw new IllegalStateException("round " + round + ": " + batch + ", copied " + copied);
            }
            previous = id.get();
            copies.add(copy);
            importsTimed.add(whole);
            ratios.add((double) whole / copy);
            System.out.printf("round %d: COPY %,d ms | import %,d ms (upload + dry run %,d ms, commit + listeners %,d ms) | ratio %.2f%n",
                    round, copy / 1_000_000, whole / 1_000_000, phases[0] / 1_000_000, phases[1] / 1_000_000, (double) whole / copy);
        }
        long copyMedian = median(copies);
        long importMedian = median(importsTimed);
        System.out.printf("median COPY %,d ms, median import %,d ms, ratio of medians %.2f (median ratio %.2f)%n",
                copyMedian / 1_000_000, importMedian / 1_000_000, (double) importMedian / copyMedian, medianDouble(ratios));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap %,d MB, peak heap used (sum of pool peaks) %,d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    /** The committed batch is taken out of the way so the same file commits again instead of being a duplicate. */
    private static void setAside(JdbcTemplate jdbc, UUID batch) {
        jdbc.update("delete from business_record where batch_id = ?", batch);
        // and so is what aggregation wrote from it: every round writes every actual, as the first import of a year does
        jdbc.update("delete from aggregated_actual");
        jdbc.update("delete from indicator_actual where aggregation_run_id is not null");
        jdbc.update("update intake_batch set status = 'FAILED', message = 'benchmark round' where id = ?", batch);
        jdbc.execute("vacuum analyze business_record");
        jdbc.execute("vacuum analyze indicator_actual");
    }

    private static List<String> employees(OrgFixture fixture, int count) {
        var unit = fixture.unit("基准公司", null);
        var position = fixture.position("销售代表");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(fixture.employee("员工" + i, unit, position, null).employeeNo());
        }
        return numbers;
    }

    /** Orders as a CRM would export them: thousands separators, 万 amounts, mixed date formats, Chinese text. */
    private static long write(Path file, List<String> employees, int rows) throws Exception {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        String[] tiers = {"A", "B", "C", "战略"};
        String[] lines = {"核心产品", "高端系列", "标准系列", "配件"};
        String[] channels = {"直销", "经销", "线上", "电话"};
        String[] regions = {"EAST", "NORTH", "SOUTH", "WEST"};
        String[] sources = {"转介绍", "官网", "展会", "公海"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("员工编号,订单编号,订单日期,金额,客户,客户等级,产品线,渠道,区域,新客户,线索来源\n");
            for (int i = 0; i < rows; i++) {
                int month = 1 + i % 12;
                int day = 1 + random.nextInt(28);
                int amount = 500 + random.nextInt(2_000_000);
                String amountText = switch (i % 3) {
                    case 0 -> String.format("\"%,d\"", amount);
                    case 1 -> (amount / 100) / 100.0 + "万";
                    default -> Integer.toString(amount);
                };
                String date = i % 2 == 0 ? String.format("2025-%02d-%02d", month, day) : String.format("2025/%d/%d", month, day);
                out.write(employees.get(random.nextInt(employees.size())) + ",SO-" + i + "," + date + "," + amountText
                        + ",客户" + random.nextInt(50_000) + "," + tiers[i % 4] + "," + lines[i % 4] + "," + channels[(i / 4) % 4] + ","
                        + regions[(i / 16) % 4] + "," + (random.nextInt(3) == 0 ? "是" : "否") + "," + sources[(i / 64) % 4] + "\n");
            }
        }
        return Files.size(file);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianDouble(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T asHr(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(HR, () -> result.set(work.get()));
        return result.get();
    }
}
