package dev.kaohe.org.importing;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

@Component
class ImportHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(40, "import.home.title", "import.home.text", "/org/import", Set.of("HR", "ADMIN")));
    }
}
