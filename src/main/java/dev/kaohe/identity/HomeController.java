package dev.kaohe.identity;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.kaohe.platform.HomeCard;
import dev.kaohe.platform.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each person's home page: the tiles of what their roles let them do. */
@Controller
class HomeController {

    private final List<HomeCard.Provider> providers;
    private final Messages messages;

    HomeController(List<HomeCard.Provider> providers, Messages messages) {
        this.providers = providers;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        List<HomeCard> cards = providers.stream()
                .flatMap(provider -> provider.homeCards().stream())
                .filter(card -> user.roles().stream().anyMatch(role -> card.roles().contains(role.name())))
                .sorted(Comparator.comparingInt(HomeCard::order))
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().sorted()
                .map(role -> messages.get("role." + role.name())).collect(Collectors.joining("、")));
        model.addAttribute("cards", cards);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
