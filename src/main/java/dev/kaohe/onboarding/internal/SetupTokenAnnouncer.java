package dev.kaohe.onboarding.internal;

import dev.kaohe.onboarding.FirstRunSetup;
import dev.kaohe.onboarding.SetupTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** While no administrator exists, each app node prints its own setup token when it has started. */
@Component
class SetupTokenAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(SetupTokenAnnouncer.class);

    private final FirstRunSetup setup;
    private final SetupTokens tokens;
    private final Environment environment;

    SetupTokenAnnouncer(FirstRunSetup setup, SetupTokens tokens, Environment environment) {
        this.setup = setup;
        this.tokens = tokens;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!setup.isPending()) {
            return;
        }
        String token = tokens.issue();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String line = "*".repeat(78);
        log.warn("""

                {}
                  Kaohe setup token: {}
                  Open http://localhost:{}/setup and enter it to create the administrator.
                  首次设置令牌如上，请打开 http://localhost:{}/setup 创建管理员账号。
                  The token is valid for {} minutes and only until setup is done.
                {}""", line, token, port, port, tokens.validity().toMinutes(), line);
    }
}
