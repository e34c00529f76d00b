package dev.kaohe.platform.db;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the app leaves its PostgreSQL running on the data directory. The next start must
 * come up on the same directory with every committed row, without manual cleanup.
 */
class EmbeddedPostgresRecoveryIT {

    @Test
    void aStartAfterTheAppWasKilledKeepsEveryCommittedRow() throws Exception {
        Path dataDir = Path.of("target/pg-recovery-" + ProcessHandle.current().pid());
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AppThatCommitsARow.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("COMMITTED")) {
                // wait for the child to commit
            }
            assertThat(line).as("child app output").startsWith("COMMITTED");
        }
        long orphanPid = Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid)).as("postgres outlives the killed app").isPresent();

        EmbeddedPostgresServer restarted = EmbeddedPostgresServer.obtain(new EmbeddedDatabaseProperties(dataDir.toString(), 0, false));

        try (Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), EmbeddedPostgresServer.USER, "");
             ResultSet rows = connection.createStatement().executeQuery("select note from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before kill -9");
        }
    }

    /** Stands in for the app: starts the embedded database, commits a row, then waits to be killed. */
    public static final class AppThatCommitsARow {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(new EmbeddedDatabaseProperties(args[0], 0, false));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "")) {
                connection.createStatement().execute("create table survivor (note text)");
                connection.createStatement().execute("insert into survivor values ('committed before kill -9')");
            }
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
