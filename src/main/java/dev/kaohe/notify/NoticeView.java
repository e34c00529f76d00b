package dev.kaohe.notify;

import java.time.Instant;
import java.util.List;

/**
 * A notice in a person's inbox, with its text rendered in the reader's language.
 *
 * @param link path inside the app the notice opens, or null
 */
public record NoticeView(long id, String kind, String kindLabel, String text, String messageKey, List<Object> args,
                         String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
