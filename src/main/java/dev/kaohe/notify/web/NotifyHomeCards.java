package dev.kaohe.notify.web;

import java.util.List;
import java.util.Set;

import dev.kaohe.platform.HomeCard;
import org.springframework.stereotype.Component;

/** Home tiles: the inbox for every person, the channels for admins, the delivery log for HR. */
@Component
class NotifyHomeCards implements HomeCard.Provider {

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new HomeCard(5, "notify.home.inbox.title", "notify.home.inbox.text", "/inbox",
                        Set.of("EMPLOYEE", "MANAGER", "HR", "FINANCE", "EXECUTIVE", "AUDITOR", "ADMIN")),
                new HomeCard(90, "notify.home.channels.title", "notify.home.channels.text", "/admin/notify", Set.of("ADMIN")),
                new HomeCard(91, "notify.home.log.title", "notify.home.log.text", "/admin/notify/deliveries", Set.of("HR")));
    }
}
