package dev.kaohe.intake.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The tiles on the home page: importing for HR and admins, the actuals for everyone. */
@Component
class IntakeHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(50, "intake.home.title", "intake.home.text", "/intake", Set.of("HR", "ADMIN")),
                new HomeCard(51, "intake.actuals.home.title", "intake.actuals.home.text", "/intake/actuals",
                        Set.of("EMPLOYEE", "MANAGER", "HR", "FINANCE", "EXECUTIVE", "AUDITOR", "ADMIN")));
    }
}
