package org.lis.workshop.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this service emails invitations: only where a mail server is configured ({@code spring.mail.host},
 * environment {@code SPRING_MAIL_HOST}). Without one, invitations are recorded as before and nobody is written to.
 */
@Component
public class MailSwitch {

    private final boolean on;

    public MailSwitch(@Value("${spring.mail.host:}") String host) {
        this.on = !host.isBlank();
    }

    public boolean on() {
        return on;
    }
}
