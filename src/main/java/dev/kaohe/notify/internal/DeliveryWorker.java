package dev.kaohe.notify.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kaohe.notify.ChannelKind;
import dev.kaohe.notify.NotifySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the messages of the delivery table in the background: at once when a notice was just recorded
 * ({@link #kick()}), and every {@code poll-interval} for retries that fell due and for messages of other nodes.
 * A failure is written to the log and tried again after the back-off; nothing here reaches the publisher.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore deliveries;
    private final ChannelStore channels;
    private final RobotClient robots;
    private final MailClient mail;
    private final NotifySettings settings;
    private final AtomicBoolean kicked = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    DeliveryWorker(DeliveryStore deliveries, ChannelStore channels, RobotClient robots, MailClient mail, NotifySettings settings) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.robots = robots;
        this.mail = mail;
        this.settings = settings;
    }

    /** Look for work now (after a notice was committed). Kicks while one is still waiting to start add nothing. */
    public void kick() {
        ScheduledExecutorService running = executor;
        if (running != null && kicked.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    kicked.set(false);
                    drain();
                });
            } catch (RuntimeException stopping) {
                kicked.set(false);
                log.debug("delivery worker is stopping; the poll of another node or the next start sends it");
            }
        }
    }

    /** Sends everything due, batch by batch. Several drains (threads, nodes) never claim the same message. */
    public void drain() {
        try {
            List<DeliveryStore.Claimed> batch;
            do {
                batch = deliveries.claimDue(settings.delivery().batchSize(), mail.configured());
                batch.forEach(this::deliver);
            } while (!batch.isEmpty());
        } catch (RuntimeException e) {
            log.warn("delivering notifications failed; the next poll tries again", e);
        }
    }

    private void deliver(DeliveryStore.Claimed message) {
        try {
            if (DeliveryStore.EMAIL.equals(message.channel())) {
                mail.send(message.target(), message.subject(), message.body());
            } else {
                ChannelStore.Channel channel = message.channelId() == null ? null : channels.find(message.channelId()).orElse(null);
                if (channel == null) {
                    throw new DeliveryFailure("the channel was removed");
                }
                if (!channel.enabled()) {
                    throw new DeliveryFailure("the channel is switched off");
                }
                robots.send(ChannelKind.valueOf(message.channel()), channel.webhookUrl(), channel.secret(), message.body());
            }
            deliveries.sent(message.id());
        } catch (DeliveryFailure e) {
            deliveries.failed(message, e.getMessage());
        } catch (RuntimeException e) {
            deliveries.failed(message, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newScheduledThreadPool(Math.max(1, settings.delivery().threads()), runnable -> {
            Thread thread = new Thread(runnable, "notify-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(10, settings.delivery().pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(settings.delivery().timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
