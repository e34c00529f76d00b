package dev.kaohe.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.notify.*}.
 *
 * @param baseUrl         the app's public address (e.g. {@code https://kaohe.example.com}), put in front of a
 *                        notice's link in e-mails and robot messages; without it they carry no link
 * @param defaultLanguage language of a person who has not chosen one, and of new robot channels
 * @param mail            e-mail over SMTP ({@code spring.mail.*} holds the server)
 * @param delivery        background sending and its retries
 * @param zone            time zone the inbox and the delivery log show times in
 */
@ConfigurationProperties("kaohe.notify")
public record NotifySettings(String baseUrl, @DefaultValue("zh-CN") String defaultLanguage,
                             @DefaultValue Mail mail, @DefaultValue Delivery delivery,
                             @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {

    /**
     * @param enabled       send e-mail at all (off by default: needs an SMTP server in {@code spring.mail.*})
     * @param from          sender address
     * @param subjectPrefix put before every subject
     */
    public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("kaohe@localhost") String from,
                       @DefaultValue("[考核] ") String subjectPrefix) {
    }

    /**
     * @param maxAttempts       tries per message before it is marked failed
     * @param initialBackoff    wait before the second try
     * @param backoffMultiplier each further wait is this many times the previous one
     * @param maxBackoff        the longest wait between two tries
     * @param pollInterval      how often a node looks for messages due (new ones are sent at once)
     * @param batchSize         messages one node claims at a time
     * @param timeout           connect and answer timeout of a robot webhook
     * @param stuckAfter        a message claimed by a node that stopped is tried again after this
     * @param threads           sending threads per node
     */
    public record Delivery(@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
                           @DefaultValue("2.0") double backoffMultiplier, @DefaultValue("1h") Duration maxBackoff,
                           @DefaultValue("15s") Duration pollInterval, @DefaultValue("50") int batchSize,
                           @DefaultValue("10s") Duration timeout, @DefaultValue("5m") Duration stuckAfter,
                           @DefaultValue("2") int threads) {

        /** The wait after the given (1-based) failed attempt. */
        public Duration backoffAfter(int attempt) {
            double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, Math.max(0, attempt - 1));
            return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
        }
    }
}
