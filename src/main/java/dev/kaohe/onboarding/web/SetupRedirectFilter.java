package dev.kaohe.onboarding.web;

import java.io.IOException;
import java.util.List;

import dev.kaohe.onboarding.FirstRunSetup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the first administrator exists, a visitor who is not signed in is sent to {@code /setup} from every
 * page, the login page included. It runs after Spring Security, so a protected page first goes to
 * {@code /login} and from there here. Signed-in callers, the API, static files and health checks pass.
 */
@Component
class SetupRedirectFilter extends OncePerRequestFilter {

    private static final List<String> PASS_PREFIXES = List.of(
            "/setup", "/api/", "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico", "/error", "/actuator",
            "/v3/api-docs", "/swagger-ui");

    private final FirstRunSetup setup;
    private final boolean enabled;

    /**
     * @param enabled off in the shared test configuration, where whether an administrator exists depends on
     *                which tests ran first
     */
    SetupRedirectFilter(FirstRunSetup setup, @Value("${kaohe.setup.redirect-anonymous:true}") boolean enabled) {
        this.setup = setup;
        this.enabled = enabled;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!enabled || !"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PASS_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signedIn() && setup.isPending()) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
