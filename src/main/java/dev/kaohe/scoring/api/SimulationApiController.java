package dev.kaohe.scoring.api;

import java.util.Locale;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.scoring.SimulationRequest;
import dev.kaohe.scoring.SimulationResult;
import dev.kaohe.scoring.Simulations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if evaluation: nothing is read from or written to the database, the inputs come with the request.
 * Open to every signed-in person; an integration token needs the {@code scoring:simulate} scope. Texts
 * (reasons, derivations, problems) are in the language of {@code ?lang=}, else {@code Accept-Language},
 * else Chinese.
 */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationApiController {

    private final Simulations simulations;

    SimulationApiController(Simulations simulations) {
        this.simulations = simulations;
    }

    @PostMapping
    SimulationResult simulate(@RequestBody SimulationRequest request, HttpServletRequest http) {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION) && !user.hasScope(ApiScope.SCORING_SIMULATE)) {
            throw new AccessDeniedException("this token may not run simulations");
        }
        return simulations.run(request, locale(http));
    }

    static Locale locale(HttpServletRequest http) {
        if (StringUtils.hasText(http.getParameter("lang"))) {
            return LocaleContextHolder.getLocale();
        }
        if (StringUtils.hasText(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            return http.getLocale();
        }
        return LocaleContextHolder.getLocale();
    }
}
