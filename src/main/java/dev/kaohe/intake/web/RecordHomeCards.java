package dev.kaohe.intake.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** The home-page tile of business-record imports, for HR and admins. */
@Component
class RecordHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(52, "intake.records.home.title", "intake.records.home.text", "/intake/records", Set.of("HR", "ADMIN")));
    }
}
