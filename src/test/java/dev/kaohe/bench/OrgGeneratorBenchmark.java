package dev.kaohe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.kaohe.KaoheApplication;
import dev.kaohe.org.DemoCompany;
import dev.kaohe.org.demo.DemoGenerator;
import dev.kaohe.org.demo.DemoOrganisation;
import dev.kaohe.org.demo.DemoPlan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a demo company of N employees into a fresh embedded PostgreSQL and prints how long it took, how
 * much heap it used, and how fast the organisation queries are at that size. Prints figures; asserts nothing.
 *
 * <p>Run with {@code bench/org-generator.sh [employees] [seed]}.
 */
public final class OrgGeneratorBenchmark {

    private static final String PREFIX = "BN";
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    private OrgGeneratorBenchmark() {
    }

    public static void main(String[] args) {
        int employees = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DemoCompany.DEFAULT_SEED;
        out("Kaohe organisation generator benchmark: %,d employees, seed %d", employees, seed);
        out("JVM %s, %d CPUs, max heap %,d MB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long bootStart = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KaoheApplication.class)
                .run("--server.port=0", "--kaohe.embedded-db.data-dir=target/pg-bench", "--kaohe.embedded-db.port=0",
                        "--kaohe.embedded-db.clean=true", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.level.dev.kaohe=WARN", "--logging.level.dev.kaohe.org.DemoCompany=INFO", "--logging.level.dev.kaohe.onboarding=ERROR")) {
            out("application with embedded PostgreSQL started in %,d ms", millisSince(bootStart));
            DemoCompany demoCompany = context.getBean(DemoCompany.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            // the in-memory model alone, to separate generating from writing
            gc();
            long heapBefore = heapUsed();
            long generateStart = System.nanoTime();
            DemoOrganisation model = DemoGenerator.generate(new DemoPlan(PREFIX + "X", employees, seed, LocalDate.now()));
            long generateMillis = millisSince(generateStart);
            long modelHeap = heapUsed() - heapBefore;
            int rows = model.units().size() + model.regions().size() + model.positions().size() + model.people().size();
            out("in-memory model: %,d ms (%,d rows: %,d org units, %,d regions, %,d positions, %,d employees), heap grew ~%,d MB",
                    generateMillis, rows, model.units().size(), model.regions().size(), model.positions().size(),
                    model.people().size(), modelHeap >> 20);
            model = null;

            gc();
            resetPeaks();
            long loadStart = System.nanoTime();
            DemoCompany.Summary summary = demoCompany.generate(PREFIX, employees, seed);
            long loadMillis = millisSince(loadStart);
            out("generate + COPY + commit: %,d ms wall, %,.0f rows/s, %,.0f employees/s", loadMillis,
                    rows * 1000.0 / loadMillis, employees * 1000.0 / loadMillis);
            out("heap: peak %,d MB during the load, %,d MB in use after it, %,d MB after GC",
                    peakHeap() >> 20, heapUsed() >> 20, (gc() ? heapUsed() : 0) >> 20);

            long analyzeStart = System.nanoTime();
            jdbc.execute("analyze org_unit, region, job_position, employee");
            out("analyze: %,d ms", millisSince(analyzeStart));
            out("database size: %s", jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));

            long director = summary.director().id();
            long manager = summary.first(DemoCompany.Rank.DEPARTMENT_MANAGER).id();
            long lead = summary.first(DemoCompany.Rank.TEAM_LEAD).id();
            long deepest = summary.people().get(summary.people().size() - 1).id();
            out("");
            out("query timings over %d runs after %d warm-up runs (median / min ms):", RUNS, WARM_UP);
            time("subtree of the director (count, recursive CTE)", () -> jdbc.queryForObject(SUBTREE_COUNT, Long.class, director));
            time("subtree of a department manager (count)", () -> jdbc.queryForObject(SUBTREE_COUNT, Long.class, manager));
            time("subtree of a team lead (ids)", () -> jdbc.queryForList(SUBTREE_IDS, Long.class, lead).size());
            time("is the last employee below the director (chain up)", () -> jdbc.queryForObject(IS_BELOW, Boolean.class, deepest, director));
            time("paged search: name contains 伟, page 3 of 20, + total", () -> search(jdbc, "%伟%", 40));
            time("paged search: surname 王, page 1 of 20, + total", () -> search(jdbc, "王%", 0));
            time("paged search: employee no starting BN0500, page 1", () -> search(jdbc, "BN0500%", 0));
            time("page 1 of all active employees, sorted by no, + total", () -> search(jdbc, "%", 0));
            time("a deep page: offset 50,000 of all, sorted by no", () -> search(jdbc, "%", Math.min(50_000, employees / 2)));
            time("head count per team in the director's subtree", () -> jdbc.queryForList(HEADCOUNT_PER_TEAM, director).size());
        }
    }

    private static final String SUBTREE_COUNT = """
            with recursive tree(id) as (
                select id from employee where id = ?
                union all
                select e.id from employee e join tree t on e.manager_id = t.id
            )
            select count(*) - 1 from tree""";

    private static final String SUBTREE_IDS = """
            with recursive tree(id) as (
                select id from employee where id = ?
                union all
                select e.id from employee e join tree t on e.manager_id = t.id
            )
            select id from tree""";

    private static final String IS_BELOW = """
            with recursive chain(id, manager_id, depth) as (
                select id, manager_id, 0 from employee where id = ?
                union all
                select e.id, e.manager_id, c.depth + 1 from employee e join chain c on e.id = c.manager_id
                where c.depth < 100
            )
            select exists(select 1 from chain where manager_id = ?)""";

    private static final String HEADCOUNT_PER_TEAM = """
            with recursive tree(id) as (
                select id from employee where id = ?
                union all
                select e.id from employee e join tree t on e.manager_id = t.id
            )
            select u.name, count(*) from tree t join employee e on e.id = t.id join org_unit u on u.id = e.org_unit_id
            where e.status = 'ACTIVE' group by u.name""";

    private static final String SEARCH_PAGE = """
            select e.id, e.employee_no, e.name, u.name as unit, p.name as position, m.name as manager, r.name as region
            from employee e
            join org_unit u on u.id = e.org_unit_id
            join job_position p on p.id = e.position_id
            left join employee m on m.id = e.manager_id
            left join region r on r.id = e.region_id
            where e.status = 'ACTIVE' and (e.name like ? or e.employee_no like ?)
            order by e.employee_no
            limit 20 offset ?""";

    private static final String SEARCH_COUNT = """
            select count(*) from employee e where e.status = 'ACTIVE' and (e.name like ? or e.employee_no like ?)""";

    private static int search(JdbcTemplate jdbc, String pattern, int offset) {
        int rows = jdbc.queryForList(SEARCH_PAGE, pattern, pattern, offset).size();
        Long total = jdbc.queryForObject(SEARCH_COUNT, Long.class, pattern, pattern);
        return rows + (total == null ? 0 : 0);
    }

    private static void time(String label, Supplier<Object> query) {
        Object result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = query.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        out("  %-60s %8.2f / %8.2f   (result %s)", label, millis.get(millis.size() / 2), millis.get(0), result);
    }

    private static long heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap the load needed. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static boolean gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return true;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
