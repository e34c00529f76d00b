package dev.kaohe.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the app starts itself when no external database is configured.
 *
 * @param dataDir where the cluster lives; kept across restarts unless {@code clean}
 * @param port    TCP port on localhost; 0 picks a free one
 * @param clean   wipe the cluster on start and stop (tests)
 */
@ConfigurationProperties("kaohe.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean) {
}
