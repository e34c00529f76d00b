package dev.kaohe.indicator.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The indicator library's and the schemes' tiles on the home page: everyone may read the rules. */
@Component
class IndicatorHomeCards implements HomeCard.Provider {

    private static final Set<String> PEOPLE = Set.of("EMPLOYEE", "MANAGER", "HR", "FINANCE", "EXECUTIVE", "AUDITOR", "ADMIN");

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard(40, "indicator.home.title", "indicator.home.text", "/indicators", PEOPLE),
                new HomeCard(45, "scheme.home.title", "scheme.home.text", "/schemes", PEOPLE));
    }
}
