package org.lis.localstack;

import static org.awaitility.Awaitility.await;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.lis.support.test.ReceivedMail;

import jakarta.mail.internet.MimeMessage;

/**
 * What the mail tests of the local stack set up through the gateway's API, as an officer would: a programme around
 * "now", partners each with a contact whose address is unique to the run, a workshop, invitations; and the emails a
 * mail server received, read back.
 */
final class MailScenario {

    private final URI gateway;
    private final Supplier<List<MimeMessage>> received;

    MailScenario(URI gateway, Supplier<List<MimeMessage>> received) {
        this.gateway = gateway;
        this.received = received;
    }

    record Contact(String partnerId, String contactId, String name, String email) {
    }

    /** A programme with one phase from a month before {@code now} to three months after. */
    String programme(Instant now) throws Exception {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return created(post(gateway, "/api/programmes", "officer", Map.of(
                "name", "Mail programme " + UUID.randomUUID(),
                "adoptionTargetDate", today.plusMonths(6).toString(),
                "phases", List.of(Map.of("code", "P1", "name", "Engagement", "startsOn",
                        today.minusMonths(1).toString(), "endsOn", today.plusMonths(3).toString(),
                        "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 1))));
    }

    Contact partnerWithContact(String name) throws Exception {
        String partnerId = created(post(gateway, "/api/partners", "officer", Map.of(
                "name", name + " " + UUID.randomUUID(), "type", "BUSINESS", "sectors", List.of("space"),
                "themes", List.of("MOBILITY"), "district", "Aylesbury Vale", "keyPartner", false)));
        String email = "contact-" + UUID.randomUUID() + "@example.org";
        String contactId = created(post(gateway, "/api/partners/" + partnerId + "/contacts", "officer", Map.of(
                "name", "Contact at " + name, "role", "Director", "email", email, "phone", "+44 1296 123456",
                "lawfulBasis", "CONSENT")));
        return new Contact(partnerId, contactId, "Contact at " + name, email);
    }

    String workshop(String programmeId, Instant startsAt, int capacity) throws Exception {
        return created(post(gateway, "/api/workshops", "officer", Map.of(
                "programmeId", programmeId, "phaseCode", "P1", "title", "Space cluster workshop",
                "themes", List.of("MOBILITY"), "startsAt", startsAt.toString(),
                "endsAt", startsAt.plus(Duration.ofHours(4)).toString(), "venue", "Westcott Venture Park",
                "capacity", capacity, "facilitator", "Fran", "hypothesisIds", List.of())));
    }

    /** Invited without a sending time: the system emails the invitation. */
    String invite(String workshopId, Contact contact) throws Exception {
        return created(post(gateway, "/api/workshops/" + workshopId + "/invitations", "officer",
                Map.of("partnerId", contact.partnerId())));
    }

    /** The emails received for this contact, once there are at least {@code count}. */
    List<ReceivedMail> mailTo(Contact contact, int count) {
        List<ReceivedMail> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            found.addAll(mailTo(contact));
            return found.size() >= count;
        });
        return List.copyOf(found);
    }

    /** The emails received for this contact so far. */
    List<ReceivedMail> mailTo(Contact contact) {
        return received.get().stream().map(ReceivedMail::of).filter(mail -> mail.to().equals(contact.email()))
                .toList();
    }

    /** Answers with the personal link, as the invitee's browser would through the service's public endpoint. */
    HttpResponse<String> answer(URI workshopService, String token, String response) throws Exception {
        return StackHttp.send(HttpRequest.newBuilder(workshopService.resolve("/api/rsvp/" + token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"response\":\"" + response + "\"}")));
    }

    /** The invitation as the officer reads it, once its delivery reached {@code state}. */
    Map<String, Object> awaitDelivery(String workshopId, String invitationId, String state) {
        Map<String, Object>[] found = new Map[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> invitation = StackHttp.get(gateway,
                    "/api/workshops/" + workshopId + "/invitations/" + invitationId, "officer");
            expect(200, invitation);
            found[0] = StackHttp.JSON.convertValue(body(invitation), Map.class);
            return state.equals(((Map<?, ?>) found[0].get("delivery")).get("state"));
        });
        return found[0];
    }
}
