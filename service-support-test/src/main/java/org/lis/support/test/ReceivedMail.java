package org.lis.support.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * An email as the mail tests read it back from the SMTP server: to whom, subject, message id, the text, the personal
 * RSVP link in it, and the calendar file parsed with ical4j.
 */
public record ReceivedMail(String to, String subject, String messageId, String text, String calendarText) {

    private static final Pattern RSVP_TOKEN = Pattern.compile("/rsvp/([A-Za-z0-9_-]+)\\?response=ACCEPTED");

    public static ReceivedMail of(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            StringBuilder text = new StringBuilder();
            StringBuilder calendar = new StringBuilder();
            collect(message.getContent(), message.getContentType(), text, calendar);
            return new ReceivedMail(to, message.getSubject(), message.getMessageID(), text.toString(),
                    calendar.isEmpty() ? null : calendar.toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received email", e);
        }
    }

    public static List<ReceivedMail> all(MimeMessage... messages) {
        return Arrays.stream(messages).map(ReceivedMail::of).toList();
    }

    /** The calendar file, parsed. */
    public Calendar calendar() {
        try {
            return new CalendarBuilder().build(new StringReader(calendarText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("The calendar file does not parse: " + e.getMessage(), e);
        }
    }

    public VEvent event() {
        return calendar().<VEvent>getComponents("VEVENT").get(0);
    }

    public String method() {
        return calendar().getProperty("METHOD").orElseThrow().getValue();
    }

    public String eventProperty(String name) {
        return event().getProperty(name).orElseThrow().getValue();
    }

    /** The token of the personal RSVP link in the text, if there is one. */
    public Optional<String> rsvpToken() {
        Matcher matcher = RSVP_TOKEN.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void collect(Object content, String type, StringBuilder text, StringBuilder calendar)
            throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), text, calendar);
            }
        } else if (type.toLowerCase().startsWith("text/calendar")) {
            calendar.append(content instanceof InputStream in ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : content.toString());
        } else if (content instanceof String string) {
            text.append(string);
        }
    }
}
