package dev.kaohe.onboarding.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/v1/setup} is open: the setup token in the body is the credential, and there is no session or
 * cookie to protect from cross-site requests. It sits before the general {@code /api/**} chain.
 */
@Configuration(proxyBeanMethods = false)
class SetupApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain setupApiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/setup")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
