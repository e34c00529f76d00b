package dev.kaohe.org.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The organisation's tiles on the home page. */
@Component
class OrgHomeCards implements HomeCard.Provider {

    private static final Set<String> PEOPLE = Set.of("EMPLOYEE", "MANAGER", "HR", "FINANCE", "EXECUTIVE", "AUDITOR", "ADMIN");

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard(10, "org.home.team.title", "org.home.team.text", "/employees/my-team", Set.of("MANAGER")),
                new HomeCard(20, "org.home.tree.title", "org.home.tree.text", "/org", PEOPLE),
                new HomeCard(30, "org.home.employees.title", "org.home.employees.text", "/employees", PEOPLE));
    }
}
