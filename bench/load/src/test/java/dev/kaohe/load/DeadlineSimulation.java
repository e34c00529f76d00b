package dev.kaohe.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 500 people at the self-assessment deadline. Each virtual user signs in with the login form (CSRF token from the
 * page), opens their form page (the CSRF token for the API), and waits until everyone is signed in. Then, all at
 * once, each calls a trivial endpoint of the same app ({@code /actuator/health/liveness}) a few times in a row; when
 * everyone is done, all at once again, each opens their form (API), saves a draft and submits it.
 *
 * <p>Both bursts run at the same concurrency in the same JVM, and the simulation measures each request itself (start
 * and end around the request), so throughput is per burst (requests ÷ the burst's wall time) and not diluted by the
 * sign-in phase. The summary goes to {@code load.summary} (default {@code target/load-summary.txt}); any failed
 * request fails the run.
 *
 * <p>System properties: {@code load.baseUrl}, {@code load.feeder} (the JSON written by the seeding step),
 * {@code load.users}, {@code load.loginRampSeconds}, {@code load.trivialPerUser}.
 */
public class DeadlineSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:18481");
    private static final String FEEDER = System.getProperty("load.feeder", "target/load/users.json");
    private static final int USERS = Integer.getInteger("load.users", 500);
    private static final int LOGIN_RAMP = Integer.getInteger("load.loginRampSeconds", 60);
    private static final int TRIVIAL_PER_USER = Integer.getInteger("load.trivialPerUser", 10);
    private static final Path SUMMARY = Path.of(System.getProperty("load.summary", "target/load-summary.txt"));

    /** Request timings (start and end, nanoseconds) by name, and failures by name. */
    private static final Map<String, ConcurrentLinkedQueue<long[]>> TIMINGS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> FAILED = new ConcurrentHashMap<>();
    private static final AtomicInteger SIGNED_IN = new AtomicInteger();
    private static final AtomicInteger TRIVIAL_DONE = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json, text/html;q=0.9")
            .acceptLanguageHeader("zh-CN")
            .userAgentHeader("kaohe-load");

    /** A request, timed from just before it is sent until its checks ran. */
    private static ChainBuilder timed(String name, ChainBuilder request) {
        return exec(s -> s.set("t0", System.nanoTime()))
                .exec(request)
                .exec(s -> {
                    long end = System.nanoTime();
                    TIMINGS.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(new long[]{s.getLong("t0"), end});
                    if (s.isFailed()) {
                        FAILED.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                    }
                    return s;
                });
    }

    /** Waits (without blocking Gatling's threads) until {@code count} reached every user. */
    private static ChainBuilder barrier(AtomicInteger count) {
        return asLongAs(s -> count.get() < USERS).on(pause(Duration.ofMillis(20)));
    }

    private static final String FORM = "/review/cycles/#{cycleId}/assessments/#{employeeId}";
    private static final String API = "/api/v1/review/cycles/#{cycleId}/assessments/#{employeeId}";

    private final ChainBuilder signIn = exec(
            timed("sign-in: login page", exec(http("login page").get("/login")
                    .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))),
            timed("sign-in: post credentials", exec(http("post credentials").post("/login")
                    .disableFollowRedirect()
                    .formParam("username", "#{username}")
                    .formParam("password", "#{password}")
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").not("/login?error").saveAs("landing")))),
            timed("sign-in: form page", exec(http("form page").get(FORM)
                    .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("apiCsrf")))));

    private final ChainBuilder trivial = repeat(TRIVIAL_PER_USER).on(
            timed("trivial: GET /actuator/health/liveness", exec(http("liveness").get("/actuator/health/liveness")
                    .check(status().is(200), bodyString().is("{\"status\":\"UP\"}")))));

    private final ChainBuilder deadline = exec(
            timed("deadline: open form", exec(http("open form").get(API)
                    .check(status().is(200), jsonPath("$.canEditSelf").ofBoolean().is(true)))),
            timed("deadline: save draft", exec(http("save draft").put(API + "/self")
                    .header("X-CSRF-TOKEN", "#{apiCsrf}")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"version\":null,\"items\":#{draftItems}}"))
                    .check(status().is(200), jsonPath("$.self.status").is("DRAFT"), jsonPath("$.self.version").saveAs("version")))),
            // a failed draft leaves nothing to submit; the check afterwards counts that person as lost
            exitHereIfFailed(),
            timed("deadline: submit", exec(http("submit").post(API + "/self/submit")
                    .header("X-CSRF-TOKEN", "#{apiCsrf}")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"version\":#{version},\"items\":#{items}}"))
                    .check(status().is(200), jsonPath("$.self.status").is("SUBMITTED")))));

    /** Counts the user in; a user whose sign-in failed still passes the barriers (doing nothing) so no one waits for ever. */
    private static ChainBuilder arrive(AtomicInteger count) {
        return exec(s -> {
            count.incrementAndGet();
            return s;
        });
    }

    private final ScenarioBuilder people = scenario("500 people at the deadline")
            .feed(jsonFile(FEEDER).queue())
            .exec(signIn)
            .exec(arrive(SIGNED_IN), barrier(SIGNED_IN))
            .doIf(s -> !s.isFailed()).then(trivial)
            .exec(arrive(TRIVIAL_DONE), barrier(TRIVIAL_DONE))
            .doIf(s -> !s.isFailed()).then(deadline);

    {
        setUp(people.injectOpen(LOGIN_RAMP <= 0 ? atOnceUsers(USERS) : rampUsers(USERS).during(Duration.ofSeconds(LOGIN_RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-40s %7s %6s %9s %9s %9s %10s %9s%n",
                "request", "count", "failed", "p50 ms", "p99 ms", "max ms", "wall s", "req/s"));
        List<String> names = new ArrayList<>(TIMINGS.keySet());
        names.sort(null);
        for (String name : names) {
            line(out, name, TIMINGS.get(name).toArray(long[][]::new));
        }
        // the bursts as a whole: from the first request sent until the last answer
        double trivial = line(out, "BURST trivial (all)", all("trivial:"));
        double deadline = line(out, "BURST deadline (open+draft+submit)", all("deadline:"));
        long[][] submits = all("deadline:");
        long first = Arrays.stream(submits).mapToLong(t -> t[0]).min().orElse(0);
        long last = Arrays.stream(all("deadline: submit")).mapToLong(t -> t[1]).max().orElse(0);
        int submitted = all("deadline: submit").length - FAILED.getOrDefault("deadline: submit", new AtomicInteger()).get();
        double submissionsPerSecond = submitted / ((last - first) / 1e9);
        out.append(String.format(Locale.ROOT, "%nsubmissions: %d in %.2f s from the deadline = %.1f submissions/s%n",
                submitted, (last - first) / 1e9, submissionsPerSecond));
        out.append(String.format(Locale.ROOT, "ratio trivial req/s : deadline req/s = %.1f : 1%n", trivial / deadline));
        out.append(String.format(Locale.ROOT, "ratio trivial req/s : submissions/s  = %.1f : 1%n", trivial / submissionsPerSecond));
        System.out.println();
        System.out.println(out);
        try {
            Files.createDirectories(SUMMARY.toAbsolutePath().getParent());
            Files.writeString(SUMMARY, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[][] all(String prefix) {
        return TIMINGS.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).toArray(long[][]::new);
    }

    /** Prints a line and answers its throughput. */
    private static double line(StringBuilder out, String name, long[][] timings) {
        if (timings.length == 0) {
            out.append(String.format(Locale.ROOT, "%-40s %7d%n", name, 0));
            return 0;
        }
        double[] ms = Arrays.stream(timings).mapToDouble(t -> (t[1] - t[0]) / 1e6).sorted().toArray();
        long first = Arrays.stream(timings).mapToLong(t -> t[0]).min().orElseThrow();
        long last = Arrays.stream(timings).mapToLong(t -> t[1]).max().orElseThrow();
        double wall = (last - first) / 1e9;
        int failed = name.startsWith("BURST") ? FAILED.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name.contains("trivial") ? "trivial:" : "deadline:"))
                .mapToInt(e -> e.getValue().get()).sum() : FAILED.getOrDefault(name, new AtomicInteger()).get();
        double perSecond = timings.length / wall;
        out.append(String.format(Locale.ROOT, "%-40s %7d %6d %9.1f %9.1f %9.1f %10.2f %9.1f%n", name, timings.length, failed,
                percentile(ms, 50), percentile(ms, 99), ms[ms.length - 1], wall, perSecond));
        return perSecond;
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
