package dev.kaohe.notify.api;

import dev.kaohe.platform.web.PageResponse;
import java.util.List;
import java.util.Map;

import dev.kaohe.notify.Inbox;
import dev.kaohe.notify.NoticeView;
import dev.kaohe.notify.Preferences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox: notices (texts in the request's language), unread count, read marks, preferences. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApi {

    private final Inbox inbox;
    private final Preferences preferences;
    private final int defaultSize;
    private final int maxSize;

    InboxApi(Inbox inbox, Preferences preferences, @Value("${kaohe.paging.default-size:20}") int defaultSize,
             @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GetMapping
    PageResponse<NoticeView> list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        int pageSize = Math.min(maxSize, Math.max(1, size == null ? defaultSize : size));
        return PageResponse.of(inbox.mine(unread, PageRequest.of(Math.max(0, page), pageSize)));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unreadCount());
    }

    @GetMapping("/{id}")
    NoticeView get(@PathVariable long id) {
        return inbox.get(id);
    }

    @PostMapping("/{id}/read")
    NoticeView markRead(@PathVariable long id) {
        return inbox.markRead(id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }

    @GetMapping("/preferences")
    Preferences.PreferenceView preferences() {
        return preferences.mine();
    }

    @PutMapping("/preferences")
    Preferences.PreferenceView updatePreferences(@RequestBody Preferences.PreferenceForm form) {
        return preferences.update(form);
    }

}
