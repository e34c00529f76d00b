package dev.kaohe.review.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The assessment tile on the home page. */
@Component
class ReviewHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(55, "review.card.title", "review.card.text", "/review",
                Set.of("EMPLOYEE", "MANAGER", "HR", "EXECUTIVE", "AUDITOR", "ADMIN")));
    }
}
