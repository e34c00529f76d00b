package dev.kaohe.notify;

/**
 * A robot channel to create or change.
 *
 * @param secret      the signing secret (DingTalk, Feishu); blank on an edit keeps the stored one
 * @param clearSecret remove the stored secret
 * @param noticeKinds the notice kinds sent to this channel, separated by commas or lines: a kind
 *                    ({@code cycle.escalation}), a family ({@code cycle.*}) or {@code *} for all
 * @param version     the version the edit is based on (null on create)
 */
public record ChannelForm(String name, String kind, String webhookUrl, String secret, boolean clearSecret,
                          String noticeKinds, String language, boolean enabled, Long version) {

    public static ChannelForm of(ChannelView view) {
        return new ChannelForm(view.name(), view.kind().name(), view.webhookUrl(), null, false,
                String.join(", ", view.noticeKinds()), view.language(), view.enabled(), view.version());
    }

    public static ChannelForm blank(String language) {
        return new ChannelForm(null, null, null, null, false, null, language, true, null);
    }
}
