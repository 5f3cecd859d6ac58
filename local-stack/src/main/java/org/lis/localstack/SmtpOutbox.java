package org.lis.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lis.console.outbox.Outbox;
import org.lis.console.outbox.OutboxMessage;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The console's outbox, read from the embedded SMTP server: each message with its text and its calendar entry's method
 * and sequence.
 */
final class SmtpOutbox implements Outbox {

    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:(\\S+)");
    private static final Pattern SEQUENCE = Pattern.compile("(?m)^SEQUENCE:(\\d+)");

    private final Supplier<List<MimeMessage>> received;

    SmtpOutbox(Supplier<List<MimeMessage>> received) {
        this.received = received;
    }

    @Override
    public List<OutboxMessage> messages() {
        return received.get().stream().map(SmtpOutbox::message).toList();
    }

    private static OutboxMessage message(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            Date received = Optional.ofNullable(message.getReceivedDate()).orElse(message.getSentDate());
            Optional<String> calendar = part(message, "text/calendar");
            String text = part(message, "text/plain").orElse("");
            return new OutboxMessage(to, message.getSubject(), received == null ? null : received.toInstant(),
                    message.getMessageID(), calendar.map(entry -> find(METHOD, entry)).orElse(null),
                    calendar.map(entry -> find(SEQUENCE, entry)).map(Integer::valueOf).orElse(null), text,
                    OutboxMessage.linksIn(text));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a message of the local SMTP server", e);
        }
    }

    /** The first part of this type, as text. */
    private static Optional<String> part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return Optional.of(content instanceof InputStream in
                    ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : content.toString());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
