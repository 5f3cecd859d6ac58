package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.get;
import static org.lis.localstack.StackHttp.post;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.MailScenario.Contact;
import org.lis.support.test.ReceivedMail;
import org.lis.support.test.SettableClock;

import net.fortuna.ical4j.model.property.DtStart;

/**
 * Invitations reaching people through the whole system: the gateway's API, the workshop service's mailer asking the
 * engagement service for each contact's address, the local stack's SMTP server, read back and the calendar files
 * parsed with ical4j; the personal link; rescheduling, cancelling and erasure.
 */
class MailJourneyIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    static Path dataFolder;

    private static final SettableClock clock = new SettableClock(Instant.now());
    private static RunningStack stack;
    private static MailScenario scenario;
    private static String programmeId;
    /** Ten in the morning in London, twenty days on. */
    private static Instant startsAt;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(TestStacks.settings(dataFolder), clock);
        scenario = new MailScenario(stack.gatewayBase(), stack::receivedMail);
        programmeId = scenario.programme(clock.instant());
        startsAt = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(20), LocalTime.of(10, 0), LONDON).toInstant();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    private static Instant start(ReceivedMail mail) {
        DtStart<Temporal> start = mail.event().getStartDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        return ((ZonedDateTime) start.getDate()).toInstant();
    }

    @Test
    void threeInvitationsAreThreeEmailsAndAPersonalLinkRecordsAnAcceptance() throws Exception {
        String workshopId = scenario.workshop(programmeId, startsAt, 10);
        List<Contact> contacts = List.of(scenario.partnerWithContact("Westcott"),
                scenario.partnerWithContact("Silverstone"), scenario.partnerWithContact("Brunel"));
        List<String> invitations = contacts.stream().map(contact -> invite(workshopId, contact)).toList();

        for (Contact contact : contacts) {
            ReceivedMail mail = scenario.mailTo(contact, 1).get(0);
            assertThat(mail.subject()).startsWith("Invitation: Space cluster workshop");
            assertThat(mail.text()).contains("Dear " + contact.name(), "10:00am", stack.gatewayBase().resolve("/rsvp/").toString());
            assertThat(mail.method()).isEqualTo("REQUEST");
            assertThat(start(mail)).isEqualTo(startsAt);
            assertThat(mail.eventProperty("SEQUENCE")).isEqualTo("0");
        }

        String token = scenario.mailTo(contacts.get(0), 1).get(0).rsvpToken().orElseThrow();
        expect(200, scenario.answer(stack.workshopBase(), token, "ACCEPTED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(body(get(stack.gatewayBase(),
                "/api/workshops/" + workshopId + "/invitations/" + invitations.get(0), "officer"))
                .path("response").asText()));
        await().atMost(Duration.ofSeconds(20)).until(() -> body(get(stack.gatewayBase(),
                "/api/audit?aggregateId=" + workshopId, "officer")).path("items").findValuesAsText("actor")
                .contains("invitee:" + invitations.get(0)));
    }

    @Test
    void reschedulingSendsSequenceOneAndCancellingSendsACancel() throws Exception {
        String workshopId = scenario.workshop(programmeId, startsAt, 10);
        Contact contact = scenario.partnerWithContact("Aylesbury Vale District Council");
        invite(workshopId, contact);
        ReceivedMail invitation = scenario.mailTo(contact, 1).get(0);

        Instant later = startsAt.plus(1, ChronoUnit.DAYS);
        expect(200, post(stack.gatewayBase(), "/api/workshops/" + workshopId + "/reschedule", "officer",
                Map.of("startsAt", later.toString(), "endsAt", later.plus(Duration.ofHours(4)).toString())));
        ReceivedMail update = scenario.mailTo(contact, 2).get(1);

        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.eventProperty("UID")).isEqualTo(invitation.eventProperty("UID"));
        assertThat(update.eventProperty("SEQUENCE")).isEqualTo("1");
        assertThat(start(update)).isEqualTo(later);

        expect(200, post(stack.gatewayBase(), "/api/workshops/" + workshopId + "/cancel", "officer",
                Map.of("reason", "The venue is closed for repairs")));
        ReceivedMail cancellation = scenario.mailTo(contact, 3).get(2);

        assertThat(cancellation.method()).isEqualTo("CANCEL");
        assertThat(cancellation.eventProperty("UID")).isEqualTo(invitation.eventProperty("UID"));
        assertThat(Integer.parseInt(cancellation.eventProperty("SEQUENCE"))).isGreaterThan(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErasedContactIsWrittenToNoMoreAndTheAuditSaysSo() throws Exception {
        String workshopId = scenario.workshop(programmeId, startsAt, 10);
        Contact contact = scenario.partnerWithContact("Royal Holloway");
        String invitationId = invite(workshopId, contact);
        scenario.mailTo(contact, 1);

        expect(204, StackHttp.delete(stack.gatewayBase(),
                "/api/partners/" + contact.partnerId() + "/contacts/" + contact.contactId(), "officer"));
        Instant later = startsAt.plus(2, ChronoUnit.DAYS);
        expect(200, post(stack.gatewayBase(), "/api/workshops/" + workshopId + "/reschedule", "officer",
                Map.of("startsAt", later.toString(), "endsAt", later.plus(Duration.ofHours(4)).toString())));

        Map<String, Object> invitation = scenario.awaitDelivery(workshopId, invitationId, "FAILED");
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) invitation.get("delivery")).get("emails"))
                .last().satisfies(email -> assertThat(email.get("failure")).isEqualTo("NO_RECIPIENT"));
        assertThat(scenario.mailTo(contact)).as("no update to an erased contact").hasSize(1);
        List<String> summaries = body(get(stack.gatewayBase(), "/api/audit?aggregateId=" + workshopId, "board"))
                .path("items").findValuesAsText("summary");
        assertThat(summaries).anySatisfy(line -> assertThat(line)
                .startsWith("invitation of workshop 'Space cluster workshop' emailed to (erased contact) of Royal"));
        assertThat(String.join("\n", summaries)).doesNotContain(contact.email(), contact.name());
    }

    @Test
    void aLinkUsedAfterTheWorkshopEndsIsRefused() throws Exception {
        String workshopId = scenario.workshop(programmeId, startsAt, 10);
        Contact contact = scenario.partnerWithContact("University of Buckingham");
        invite(workshopId, contact);
        String token = scenario.mailTo(contact, 1).get(0).rsvpToken().orElseThrow();
        expect(200, scenario.answer(stack.workshopBase(), token, "ACCEPTED"));

        clock.set(startsAt.plus(Duration.ofHours(5)));

        var refused = scenario.answer(stack.workshopBase(), token, "DECLINED");
        expect(409, refused);
        assertThat(body(refused).path("code").asText()).isEqualTo("RSVP_LINK_EXPIRED");
        URI page = stack.gatewayBase().resolve("/api/rsvp/" + token);
        assertThat(body(StackHttp.send(java.net.http.HttpRequest.newBuilder(page).GET())).path("unusableBecause")
                .asText()).isEqualTo("ENDED");
    }

    private static String invite(String workshopId, Contact contact) {
        try {
            return scenario.invite(workshopId, contact);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
