package dev.kaohe.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.platform.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from security filters, which run before Spring MVC's error handling. */
@Component
public class ProblemWriter {

    private final Messages messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemWriter(Messages messages) {
        this.messages = messages;
    }

    public void unauthorized(HttpServletResponse response, String messageKey) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "unauthorized", messages.get(messageKey));
    }

    public void forbidden(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "forbidden", messages.get("error.forbidden"));
    }

    private void write(HttpServletResponse response, int status, String title, String type, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:kaohe:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(body));
    }
}
