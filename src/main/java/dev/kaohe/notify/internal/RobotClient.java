package dev.kaohe.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.notify.ChannelKind;
import dev.kaohe.notify.NotifySettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a text message to a DingTalk, WeCom or Feishu custom robot in the format each documents, signed where the
 * channel has a secret. A robot answers HTTP 200 also when it refuses a message, with a non-zero
 * {@code errcode} (DingTalk, WeCom) or {@code code} (Feishu): that counts as a failure.
 */
@Component
public class RobotClient {

    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;
    private final NotifySettings settings;

    RobotClient(Clock clock, NotifySettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.delivery().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void send(ChannelKind kind, String webhookUrl, String secret, String text) throws DeliveryFailure {
        String url = webhookUrl;
        Map<String, Object> body = new LinkedHashMap<>();
        boolean signed = secret != null && !secret.isBlank() && kind.supportsSecret();
        switch (kind) {
            case DINGTALK -> {
                if (signed) {
                    long millis = clock.millis();
                    url += (url.contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign=" + RobotSignatures.dingTalk(millis, secret);
                }
                body.put("msgtype", "text");
                body.put("text", Map.of("content", text));
            }
            case WECOM -> {
                body.put("msgtype", "text");
                body.put("text", Map.of("content", text));
            }
            case FEISHU -> {
                if (signed) {
                    long seconds = clock.millis() / 1000;
                    body.put("timestamp", String.valueOf(seconds));
                    body.put("sign", RobotSignatures.feishu(seconds, secret));
                }
                body.put("msg_type", "text");
                body.put("content", Map.of("text", text));
            }
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(settings.delivery().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new DeliveryFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailure("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        refusal(response.body());
    }

    private void refusal(String answer) throws DeliveryFailure {
        if (answer == null || answer.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(answer);
        } catch (RuntimeException notJson) {
            return;
        }
        for (String field : new String[]{"errcode", "code", "StatusCode"}) {
            JsonNode code = node.get(field);
            if (code != null && code.isNumber() && code.asInt() != 0) {
                JsonNode message = node.has("errmsg") ? node.get("errmsg") : node.has("msg") ? node.get("msg") : node.get("StatusMessage");
                throw new DeliveryFailure(field + " " + code.asInt() + (message == null ? "" : ": " + message.asString()));
            }
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
