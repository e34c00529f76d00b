package dev.kaohe.goal.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The goal tiles on the home page. */
@Component
class GoalHomeCards implements HomeCard.Provider {

    private static final Set<String> PEOPLE = Set.of("EMPLOYEE", "MANAGER", "HR", "FINANCE", "EXECUTIVE", "AUDITOR", "ADMIN");

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard(40, "goal.home.title", "goal.home.text", "/goals", PEOPLE),
                new HomeCard(41, "goal.home.alignment.title", "goal.home.alignment.text", "/goals/alignment", PEOPLE));
    }
}
