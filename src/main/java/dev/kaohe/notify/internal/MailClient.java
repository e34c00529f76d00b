package dev.kaohe.notify.internal;

import dev.kaohe.notify.NotifySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Plain-text e-mail through the SMTP server of {@code spring.mail.*}, when {@code kaohe.notify.mail.enabled}. */
@Component
public class MailClient {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifySettings settings;

    MailClient(ObjectProvider<JavaMailSender> sender, NotifySettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Whether this node can send e-mail: switched on in the settings and an SMTP server configured. */
    public boolean configured() {
        return settings.mail().enabled() && sender.getIfAvailable() != null;
    }

    public void send(String to, String subject, String body) throws DeliveryFailure {
        JavaMailSender mail = sender.getIfAvailable();
        if (!settings.mail().enabled() || mail == null) {
            throw new DeliveryFailure("e-mail is not configured on this node");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new DeliveryFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
