package dev.kaohe.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import dev.kaohe.KaoheApplication;
import dev.kaohe.audit.AuditVerifier;
import dev.kaohe.audit.Verification;
import dev.kaohe.cycle.CycleFixture;
import dev.kaohe.cycle.CycleForm;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.cycle.Population;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.PositionView;
import dev.kaohe.review.AssessmentView;
import dev.kaohe.review.Assessments;
import dev.kaohe.support.TestUsers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application side of the deadline load test ({@code bench/load/run.sh}): starts the application on a fixed port
 * with its own embedded PostgreSQL ({@code target/pg-bench-load}, wiped on every run), seeds through the services a
 * company of {@code users} employees (a director, team leads, staff) each with an account and a known password, a
 * locked scheme and a quarterly cycle over all of them in SELF_ASSESSMENT, and writes the Gatling feeder. It then waits
 * until the load has run ({@code <dir>/done} appears) and checks that nothing was lost: every self-assessment
 * SUBMITTED with exactly the item scores and notes sent, one submit and one draft entry each in the audit trail, the
 * audit chain intact, and (where present) the background result calculation drained. Exit code 1 when anything is
 * missing. Not a test.
 *
 * <p>Arguments: {@code <dir=target/load> <port=18481> <users=500>}.
 */
public final class LoadBenchmark {

    static final String PASSWORD = "Load-test-2026!";
    private static final CurrentUser HR = TestUsers.user("load-hr", null, Role.HR);
    private static final CurrentUser AUDITOR = TestUsers.user("load-auditor", null, Role.AUDITOR);
    private static final CurrentUser ADMIN = TestUsers.user("load-admin", null, Role.ADMIN);

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/load");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 18481;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("ready"));
        Files.deleteIfExists(dir.resolve("done"));
        long started = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(KaoheApplication.class,
                "--server.port=" + port, "--kaohe.embedded-db.data-dir=target/pg-bench-load", "--kaohe.embedded-db.port=0",
                "--kaohe.embedded-db.clean=true", "--logging.level.root=WARN", "--logging.level.dev.kaohe=INFO",
                "--spring.thymeleaf.cache=true");
        System.out.printf("application up on port %d in %.1f s%n", port, (System.nanoTime() - started) / 1e9);
        int exit = 1;
        try {
            Seeded seeded = seed(app, users, dir);
            Files.writeString(dir.resolve("ready"), String.valueOf(seeded.cycleId()));
            System.out.println("ready: waiting for " + dir.resolve("done"));
            Sampler sampler = new Sampler(app.getBean(javax.sql.DataSource.class));
            sampler.start();
            while (!Files.exists(dir.resolve("done"))) {
                Thread.sleep(200);
            }
            sampler.stopAndPrint();
            exit = verify(app, seeded) ? 0 : 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    record Seeded(long cycleId, Map<Long, Map<String, Expected>> expected) {
    }

    record Expected(BigDecimal score, String note) {
    }

    private static Seeded seed(ConfigurableApplicationContext app, int users, Path dir) throws Exception {
        long t0 = System.nanoTime();
        OrgFixture org = app.getBean(OrgFixture.class);
        CycleFixture cycleFixture = app.getBean(CycleFixture.class);
        Employees employees = app.getBean(Employees.class);
        AccountService accounts = app.getBean(AccountService.class);
        Cycles cycles = app.getBean(Cycles.class);
        Assessments assessments = app.getBean(Assessments.class);

        // a director, a lead per team of 50, staff below the leads: every one of them a participant
        OrgUnitView company = org.unit("华信消费品有限公司", null);
        PositionView position = org.position("销售代表");
        List<EmployeeView> people = new ArrayList<>();
        EmployeeView director = employee(org, employees, "总监", company, position, null, 0);
        people.add(director);
        OrgUnitView team = null;
        EmployeeView lead = null;
        for (int i = 1; i < users; i++) {
            if (lead == null || (i - 1) % 50 == 0) {
                team = org.unit("销售" + (i / 50 + 1) + "组", company.id());
                lead = employee(org, employees, "组长" + i, team, position, director.id(), i);
                people.add(lead);
                continue;
            }
            people.add(employee(org, employees, "员工" + i, team, position, lead.id(), i));
        }
        System.out.printf("%d employees in %.1f s%n", people.size(), (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> created = new ArrayList<>();
        for (EmployeeView e : people) {
            created.add(pool.submit(() -> as(ADMIN, () -> accounts.create(new AccountService.NewAccount(username(e), PASSWORD,
                    e.name(), e.id(), Set.of())))));
        }
        for (Future<Long> f : created) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%d accounts in %.1f s%n", people.size(), (System.nanoTime() - t1) / 1e9);

        String scheme = cycleFixture.lockedScheme();
        CycleView cycle = as(HR, () -> cycles.create(new CycleForm("2026 Q3 季度考核(压测)", CycleType.QUARTERLY,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), scheme, null,
                new Population(List.of(company.id()), true, null, null, null, null, false), null)));
        CycleView open = as(HR, () -> cycles.changePhase(cycle.id(), new PhaseChange(CyclePhase.SELF_ASSESSMENT, "截止日压测",
                cycles.get(cycle.id()).version())));
        System.out.printf("cycle %d (%s, scheme %s) in %s%n", open.id(), open.name(), scheme, open.phase());

        List<AssessmentView.Item> items = as(HR, () -> assessments.get(open.id(), director.id())).items();
        JsonMapper json = JsonMapper.builder().build();
        Map<Long, Map<String, Expected>> expected = new HashMap<>();
        List<Map<String, Object>> feeder = new ArrayList<>();
        int n = 0;
        for (EmployeeView e : people) {
            n++;
            Map<String, Expected> mine = new java.util.LinkedHashMap<>();
            List<Map<String, Object>> body = new ArrayList<>();
            for (AssessmentView.Item item : items) {
                int span = item.scaleMax().subtract(item.scaleMin()).intValue();
                BigDecimal score = item.scaleMin().add(BigDecimal.valueOf((n + body.size()) % (span + 1)));
                String note = "截止日证据 " + e.employeeNo() + " / " + item.code();
                mine.put(item.code(), new Expected(score, note));
                body.add(Map.of("code", item.code(), "score", score, "note", note));
            }
            expected.put(e.id(), mine);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("username", username(e));
            row.put("password", PASSWORD);
            row.put("cycleId", open.id());
            row.put("employeeId", e.id());
            row.put("draftItems", json.writeValueAsString(body.subList(0, 1)));
            row.put("items", json.writeValueAsString(body));
            feeder.add(row);
        }
        Files.writeString(dir.resolve("users.json"), json.writeValueAsString(feeder));
        System.out.printf("seeded in %.1f s; feeder %s (%d users, %d items each)%n", (System.nanoTime() - t0) / 1e9,
                dir.resolve("users.json"), feeder.size(), items.size());
        return new Seeded(open.id(), expected);
    }

    private static EmployeeView employee(OrgFixture org, Employees employees, String name, OrgUnitView unit, PositionView position,
                                         Long managerId, int n) {
        return org.asHr(() -> employees.create(new EmployeeForm(String.format("LD%05d", n), name, unit.id(), position.id(), managerId,
                null, LocalDate.of(2022, 3, 1), false, CareerTrack.EXPERT, null, null, null)));
    }

    static String username(EmployeeView e) {
        return "load" + e.employeeNo().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean verify(ConfigurableApplicationContext app, Seeded seeded) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
        long cycleId = seeded.cycleId();
        int expectedForms = seeded.expected().size();
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.query("select status, count(*) from review_form where cycle_id = ? and kind = 'SELF' group by status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                }, cycleId);
        List<String> problems = new ArrayList<>();
        Map<Long, Map<String, Expected>> stored = new HashMap<>();
        jdbc.query("""
                select f.employee_id, i.item_code, i.score, i.note from review_form f join review_form_item i on i.form_id = f.id
                where f.cycle_id = ? and f.kind = 'SELF' and f.status = 'SUBMITTED'""",
                rs -> {
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            new Expected(rs.getBigDecimal(3), rs.getString(4)));
                }, cycleId);
        int lost = 0;
        for (Map.Entry<Long, Map<String, Expected>> e : seeded.expected().entrySet()) {
            Map<String, Expected> got = stored.get(e.getKey());
            if (got == null) {
                lost++;
                continue;
            }
            for (Map.Entry<String, Expected> item : e.getValue().entrySet()) {
                Expected g = got.get(item.getKey());
                if (g == null || g.score().compareTo(item.getValue().score()) != 0 || !item.getValue().note().equals(g.note())) {
                    problems.add("employee " + e.getKey() + " item " + item.getKey() + ": sent " + item.getValue() + ", stored " + g);
                }
            }
        }
        Integer submits = jdbc.queryForObject("""
                select count(*) from audit_entry a join review_form f on a.entity_type = 'review_form' and a.entity_id = f.id::text
                where f.cycle_id = ? and a.action = 'review.self.submit'""", Integer.class, cycleId);
        Integer drafts = jdbc.queryForObject("""
                select count(*) from audit_entry a join review_form f on a.entity_type = 'review_form' and a.entity_id = f.id::text
                where f.cycle_id = ? and a.action = 'review.self.save'""", Integer.class, cycleId);
        Verification chain = as(AUDITOR, () -> app.getBean(AuditVerifier.class).verify());

        System.out.println();
        System.out.println("=== nothing lost? ===");
        System.out.printf("self-assessments: %s (expected %d SUBMITTED)%n", byStatus, expectedForms);
        System.out.printf("submitted: %d of %d; lost: %d; items not as sent: %d%n", stored.size(), expectedForms, lost, problems.size());
        problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
        System.out.printf("audit: %d review.self.save, %d review.self.submit; chain %s (%d entries checked)%n", drafts, submits,
                chain.ok() ? "intact" : "BROKEN at " + chain.brokenSeq(), chain.checked());
        boolean drained = drainPending(jdbc, cycleId);
        boolean ok = lost == 0 && problems.isEmpty() && byStatus.getOrDefault("SUBMITTED", 0) == expectedForms
                && byStatus.size() == 1 && submits == expectedForms && drafts == expectedForms && chain.ok() && drained;
        System.out.println(ok ? "VERIFIED: lost=0" : "FAILED: something is missing (see above)");
        return ok;
    }

    /** Waits for the background result calculation to take every submission (when the application marks them). */
    private static boolean drainPending(JdbcTemplate jdbc, long cycleId) throws InterruptedException {
        if (jdbc.queryForObject("select to_regclass('review_pending') is not null", Boolean.class) != Boolean.TRUE) {
            return true;
        }
        long t0 = System.nanoTime();
        while (true) {
            Integer pending = jdbc.queryForObject("select count(*) from review_pending where cycle_id = ?", Integer.class, cycleId);
            if (pending == 0) {
                System.out.printf("background result calculation: nothing pending %.1f s after the load ended%n", (System.nanoTime() - t0) / 1e9);
                return true;
            }
            if (System.nanoTime() - t0 > 120e9) {
                System.out.printf("background result calculation: %d still pending after 120 s%n", pending);
                return false;
            }
            Thread.sleep(100);
        }
    }

    /**
     * What the database sessions and the connection pool were doing during the load, sampled every 20 ms on a
     * connection of its own: active sessions by wait event (an advisory-lock wait is the audit chain or a cycle's
     * calculation; "CPU" is running), and requests waiting for a pooled connection.
     */
    static final class Sampler extends Thread {
        private final com.zaxxer.hikari.HikariDataSource pool;
        private final Map<String, Long> events = new java.util.TreeMap<>();
        private long samples;
        private long busySamples;
        private long awaitingSum;
        private int awaitingMax;
        private volatile boolean running = true;

        Sampler(javax.sql.DataSource dataSource) throws java.sql.SQLException {
            super("load-sampler");
            this.pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            setDaemon(true);
        }

        @Override
        public void run() {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                 java.sql.PreparedStatement q = c.prepareStatement("""
                         select case when wait_event_type is null then 'CPU' else wait_event_type || ':' || wait_event end, count(*)
                         from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
                         and backend_type = 'client backend' group by 1""")) {
                while (running) {
                    int awaiting = pool.getHikariPoolMXBean().getThreadsAwaitingConnection();
                    int active = 0;
                    Map<String, Long> now = new HashMap<>();
                    try (java.sql.ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            now.put(rs.getString(1), rs.getLong(2));
                            active += rs.getInt(2);
                        }
                    }
                    if (active > 0 || awaiting > 0) {
                        busySamples++;
                        now.forEach((k, v) -> events.merge(k, v, Long::sum));
                        awaitingSum += awaiting;
                        awaitingMax = Math.max(awaitingMax, awaiting);
                    }
                    samples++;
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                System.out.println("sampler stopped: " + e);
            }
        }

        void stopAndPrint() throws InterruptedException {
            running = false;
            join(5_000);
            long total = events.values().stream().mapToLong(Long::longValue).sum();
            System.out.println();
            System.out.printf("=== database sessions during the load (%d busy samples of %d, every 20 ms) ===%n", busySamples, samples);
            System.out.printf("requests waiting for a pooled connection (pool of %d): mean %.1f, max %d%n", pool.getMaximumPoolSize(),
                    busySamples == 0 ? 0.0 : (double) awaitingSum / busySamples, awaitingMax);
            events.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf("  %-28s %5.1f%% of active session samples (mean %.1f sessions)%n", e.getKey(),
                            100.0 * e.getValue() / total, busySamples == 0 ? 0.0 : (double) e.getValue() / busySamples));
        }
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
