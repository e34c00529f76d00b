package dev.kaohe.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.kaohe.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer kh_…} on the API. A token that is unknown, revoked or expired gets 401
 * at once; the security context is not stored in a session, so every call presents its token.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Function<String, java.util.Optional<CurrentUser>> tokens;
    private final ProblemWriter problems;

    public BearerTokenFilter(Function<String, java.util.Optional<CurrentUser>> tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.apply(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            problems.unauthorized(request, response, "token.error.invalid");
            return;
        }
        TokenPrincipal principal = new TokenPrincipal(user.get());
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.get().roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.get().scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
