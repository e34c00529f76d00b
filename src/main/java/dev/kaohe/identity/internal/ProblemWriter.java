package dev.kaohe.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from security filters, which run before Spring MVC's error handling. */
@Component
public class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "unauthorized", message(request, messageKey));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "forbidden", message(request, "error.forbidden"));
    }

    /** Filters run before the DispatcherServlet sets the request's locale, so it is resolved here the same way. */
    private String message(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, key, localeResolver.resolveLocale(request));
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
