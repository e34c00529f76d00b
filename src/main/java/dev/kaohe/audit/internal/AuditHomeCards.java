package dev.kaohe.audit.internal;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

@Component
class AuditHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(900, "audit.card.title", "audit.card.text", "/audit", Set.of("AUDITOR", "ADMIN")));
    }
}
