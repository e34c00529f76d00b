package dev.kaohe.identity.internal;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

@Component
class IdentityHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(
                new HomeCard(910, "account.card.title", "account.card.text", "/admin/accounts", Set.of("ADMIN")),
                new HomeCard(920, "token.card.title", "token.card.text", "/admin/tokens", Set.of("ADMIN")));
    }
}
