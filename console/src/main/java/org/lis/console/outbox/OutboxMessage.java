package org.lis.console.outbox;

import java.time.Instant;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One message in the {@link Outbox}: to whom, the subject, when, its message id, its calendar entry's method and
 * sequence (both null for an email without one, such as a reminder), its text, and the links in it (the RSVP links),
 * so they can be followed from the page.
 */
public record OutboxMessage(String to, String subject, Instant receivedAt, String messageId, String calendarMethod,
                            Integer calendarSequence, String text, List<String> links) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    public OutboxMessage {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The links in a text, in order. */
    public static List<String> linksIn(String text) {
        return text == null ? List.of() : LINK.matcher(text).results().map(MatchResult::group).toList();
    }
}
