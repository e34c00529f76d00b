package dev.kaohe.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster per data directory and JVM.
 *
 * <p>After the app was killed with {@code kill -9}, its postmaster is still running on the data directory:
 * it is shut down cleanly before a new one starts, so every committed row is there again.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dataDir, dir -> start(dir, properties));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }


    private static EmbeddedPostgresServer start(Path dataDir, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(dataDir.getParent());
            if (!properties.clean()) {
                stopOrphanedPostmaster(dataDir);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100");
            if (!properties.clean()) {
                // the library turns durability off for throwaway test clusters; a product keeps it on
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDir);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** A postmaster left behind by a killed app still holds the data directory: stop it cleanly. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(true));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Found a PostgreSQL (pid {}) left running on {}; shutting it down", postmaster.get().pid(), dataDir);
        // SIGTERM is PostgreSQL's smart shutdown: the killed app's connections are gone, so it stops at once
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The old PostgreSQL (pid " + postmaster.get().pid() + ") did not stop", e);
        }
    }
}
