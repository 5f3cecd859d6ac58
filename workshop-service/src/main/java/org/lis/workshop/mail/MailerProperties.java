package org.lis.workshop.mail;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How invitations are emailed ({@code lis.mail.*}); the mail server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from           the sender, also the calendar entry's organiser; its domain makes message ids and UIDs
 * @param linkBase       the public address of the console, where RSVP links point (the gateway)
 * @param engagementUrl  the engagement service, asked for each recipient's name and address
 * @param pollInterval   how often each instance looks for due emails (it also looks whenever one is planned)
 * @param lease          how long a sender holds an email before another instance may take it over
 * @param maxAttempts    tries before an email is recorded as failed
 * @param firstRetry     the wait after the first failed try, doubled after each further one
 * @param reminderBefore how long before the start, in the workshop's zone, accepted invitees are reminded
 * @param zone           the zone of the times in emails and calendar entries
 * @param signature      the closing line of every email
 */
@ConfigurationProperties("lis.mail")
public record MailerProperties(
        @DefaultValue("Local Industrial Strategy engagement <engagement@localhost>") String from,
        @DefaultValue("http://localhost:8080") String linkBase,
        @DefaultValue("http://localhost:8081") String engagementUrl,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("P2D") Period reminderBefore,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("The Local Industrial Strategy engagement team") String signature) {

    public InternetAddress sender() {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("lis.mail.from (LIS_MAIL_FROM) is not an email address: " + from, e);
        }
    }

    /** The sender's domain: message ids and calendar UIDs are made unique with it. */
    public String domain() {
        String address = sender().getAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}
