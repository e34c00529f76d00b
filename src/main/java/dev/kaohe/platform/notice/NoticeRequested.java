package dev.kaohe.platform.notice;

import java.util.List;

/**
 * An application event any module publishes when a person should be told something: a deadline coming up, an
 * overdue step, a form to fill, a result published. The notify module delivers it to the person's inbox and to the
 * channels they and the company have switched on; it never fails the publisher's transaction.
 *
 * @param recipientEmployeeId who is told
 * @param kind                a stable code for the kind of notice (e.g. {@code cycle.deadline}), used for preferences
 * @param messageKey          i18n key of the text, rendered in the recipient's language with {@code args}
 * @param args                arguments of the text (strings and numbers only)
 * @param link                path inside the app the notice opens, or null
 * @param dedupKey            notices with the same key to the same person are delivered once (e.g. a reminder
 *                            re-sent by a scheduler that ran twice), or null
 */
public record NoticeRequested(long recipientEmployeeId, String kind, String messageKey, List<Object> args, String link,
                              String dedupKey) {

    public NoticeRequested {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
