package dev.kaohe.scoring.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

@Component
class ScoringHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(400, "scoring.card.title", "scoring.card.text", "/scoring/what-if", Set.of("HR", "EXECUTIVE", "ADMIN")));
    }
}
