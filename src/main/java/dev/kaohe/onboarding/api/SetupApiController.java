package dev.kaohe.onboarding.api;

import dev.kaohe.onboarding.FirstRunSetup;
import dev.kaohe.onboarding.SetupRequest;
import dev.kaohe.onboarding.SetupResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * First-run setup for scripted installs: the same as the setup page. Needs the setup token, not a sign-in;
 * answers 400 naming each bad field, 409 once setup is done.
 */
@RestController
@RequestMapping("/api/v1/setup")
class SetupApiController {

    private final FirstRunSetup setup;

    SetupApiController(FirstRunSetup setup) {
        this.setup = setup;
    }

    @GetMapping
    SetupStatus status() {
        return new SetupStatus(setup.isPending(), setup.passwordMinLength());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SetupResult complete(@RequestBody SetupRequest request) {
        return setup.complete(request);
    }

    /** @param pending true until the first administrator exists */
    record SetupStatus(boolean pending, int passwordMinLength) {
    }
}
