package dev.kaohe.identity;

import java.time.Duration;

import dev.kaohe.identity.internal.BearerTokenFilter;
import dev.kaohe.identity.internal.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * People sign in with a form and a session kept in PostgreSQL (so several app nodes can serve them);
 * systems call {@code /api/**} with a bearer token. CSRF protects every cookie-authenticated write.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/login", "/setup", "/setup/**", "/review/peer/external/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens::authenticate, problems), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.unauthorized(request, response, "api.error.unauthenticated"))
                        .accessDeniedHandler((request, response, e) -> problems.forbidden(request, response)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Sessions expire after {@code kaohe.session.timeout} of inactivity, on every node. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${kaohe.session.timeout}") @DurationUnit(java.time.temporal.ChronoUnit.MINUTES) Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}
