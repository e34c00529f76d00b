package dev.kaohe.notify;

import java.util.List;

/** A robot channel as shown to admins; the secret never leaves the server, only whether there is one. */
public record ChannelView(long id, String name, ChannelKind kind, String webhookUrl, String maskedUrl, boolean hasSecret,
                          List<String> noticeKinds, String language, boolean enabled, long version) {
}
