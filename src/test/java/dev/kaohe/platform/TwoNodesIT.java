package dev.kaohe.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kaohe.KaoheApplication;
import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.db.EmbeddedDatabaseProperties;
import dev.kaohe.platform.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL that each takes as external: a person signs in on one node and
 * is still signed in on the other, because the session lives in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    void startTwoNodes() {
        EmbeddedPostgresServer database = EmbeddedPostgresServer.obtain(
                new EmbeddedDatabaseProperties("target/pg-two-nodes", 0, true));
        nodeA = node(database.jdbcUrl());
        nodeB = node(database.jdbcUrl());
        nodeA.getBean(AccountService.class).create(
                new AccountService.NewAccount("two-nodes", "correct horse battery", "两节点", null, Set.of(Role.HR)));
    }

    @AfterAll
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsKnownToTheOther() throws Exception {
        String loginPage = get(nodeA, "/login").body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri(nodeA, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=two-nodes&password="
                        + URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> homeOnB = get(nodeB, "/");
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).contains("两节点");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static ConfigurableApplicationContext node(String jdbcUrl) {
        return new SpringApplicationBuilder(KaoheApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER, "--spring.jmx.enabled=false");
    }
}
