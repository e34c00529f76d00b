package dev.kaohe.review.peer.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** Home tiles for 360 feedback and the review defence library. */
@Component
class PeerHomeCards implements HomeCard.Provider {

    private static final Set<String> PEOPLE = Set.of("EMPLOYEE", "MANAGER", "HR", "EXECUTIVE", "AUDITOR", "ADMIN");

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(62, "peer.home.title", "peer.home.text", "/review/peer", PEOPLE),
                new HomeCard(63, "defence.home.title", "defence.home.text", "/review/defence", PEOPLE));
    }
}
