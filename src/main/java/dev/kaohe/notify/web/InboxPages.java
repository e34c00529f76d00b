package dev.kaohe.notify.web;

import java.util.List;

import dev.kaohe.notify.Inbox;
import dev.kaohe.notify.NoticeView;
import dev.kaohe.notify.NotifySettings;
import dev.kaohe.notify.Preferences;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's inbox page, the unread badge of the navigation bar, and their notification preferences. */
@Controller
class InboxPages {

    private final Inbox inbox;
    private final Preferences preferences;
    private final Messages messages;
    private final NotifySettings settings;
    private final int pageSize;

    InboxPages(Inbox inbox, Preferences preferences, Messages messages, NotifySettings settings,
               @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.messages = messages;
        this.settings = settings;
        this.pageSize = pageSize;
    }

    @GetMapping("/inbox")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", inbox.mine(unread, PageRequest.of(Math.max(0, page), pageSize)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unreadCount());
        model.addAttribute("base", "/inbox?unread=" + unread);
        model.addAttribute("zone", settings.zone());
        return "notify/inbox";
    }

    /** The navigation bar's badge, loaded by htmx on every page. */
    @GetMapping("/inbox/badge")
    String badge(Model model) {
        model.addAttribute("unreadCount", inbox.unreadCount());
        return "notify/badge :: badge";
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
                    @RequestParam(defaultValue = "0") int page) {
        inbox.markRead(id);
        return "redirect:/inbox?unread=" + unread + "&page=" + Math.max(0, page);
    }

    @PostMapping("/inbox/read-all")
    String markAllRead(RedirectAttributes redirect) {
        int marked = inbox.markAllRead();
        redirect.addFlashAttribute("flash", messages.get("notify.inbox.markedAll", marked));
        return "redirect:/inbox";
    }

    /** Marks the notice read and follows its link (a path inside the app), or back to the inbox. */
    @GetMapping("/inbox/{id}/open")
    String open(@PathVariable long id) {
        NoticeView notice = inbox.markRead(id);
        return "redirect:" + (notice.link() == null ? "/inbox" : notice.link());
    }

    @GetMapping("/inbox/preferences")
    String preferences(Model model) {
        model.addAttribute("prefs", preferences.mine());
        model.addAttribute("languages", dev.kaohe.notify.Channels.LANGUAGES);
        return "notify/preferences";
    }

    @PostMapping("/inbox/preferences")
    String savePreferences(@RequestParam(required = false) String language, @RequestParam(required = false) List<String> kinds,
                           @RequestParam(required = false) List<String> email, Model model, RedirectAttributes redirect) {
        List<String> all = kinds == null ? List.of() : kinds;
        List<String> on = email == null ? List.of() : email;
        try {
            preferences.update(new Preferences.PreferenceForm(language, all.stream().filter(k -> !on.contains(k)).toList()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems().stream().map(FieldProblem::message).toList());
            return preferences(model);
        }
        redirect.addFlashAttribute("flash", messages.get("notify.prefs.saved"));
        return "redirect:/inbox/preferences";
    }
}
