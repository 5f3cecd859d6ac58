package org.lis.workshop.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.support.test.ReceivedMail;
import org.lis.support.test.SettableClock;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.lis.workshop.WorkshopServiceApplication;
import org.lis.workshop.mail.recipient.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.property.DtStart;
import reactor.core.publisher.Flux;

/**
 * The workshop service emailing invitations through a real SMTP server (GreenMail), read back and parsed: the
 * invitation with its calendar entry, the RSVP link, updates, the cancellation, the reminder and failures. Who to
 * write to is stubbed here (the engagement service's part is tested in the local stack); the clock is the test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {WorkshopServiceApplication.class, InvitationMailIT.MailSetup.class},
        properties = {"lis.mail.poll-interval=PT0.2S", "lis.mail.first-retry=PT0.2S", "lis.mail.max-attempts=3",
            "lis.mail.from=LIS engagement <engagement@lis.example>", "lis.mail.link-base=https://lis.example/",
            "lis.security.relay.secret=a-relay-secret-of-thirty-two-chars-or-more"})
class InvitationMailIT extends ApiTestBase {

    /** 10:00 in London (British Summer Time), five days after the test's "now". */
    static final Instant MAIL_STARTS = Instant.parse("2018-08-20T09:00:00Z");
    static final Instant MAIL_ENDS = Instant.parse("2018-08-20T13:00:00Z");
    /** On a port of its own, kept when a test stops and starts it again. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @TestConfiguration
    static class MailSetup {
        @Bean
        SettableClock clock() {
            return new SettableClock(NOW);
        }

        @Bean
        @Primary
        StubRecipients stubRecipients() {
            return new StubRecipients();
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    SettableClock clock;
    @Autowired
    StubRecipients recipients;

    @BeforeEach
    void reset() {
        clock.set(NOW);
        recipients.unavailable(false);
    }

    private String futureWorkshop(int capacity) {
        Map<String, Object> body = new HashMap<>(workshopBody(programme(), capacity, List.of(hypothesis(programme()))));
        body.put("hypothesisIds", List.of());
        body.put("startsAt", MAIL_STARTS.toString());
        body.put("endsAt", MAIL_ENDS.toString());
        String id = idOf(post("/api/workshops", TestUsers.OFFICER, body), HttpStatus.CREATED);
        awaitRead("/api/workshops/" + id, found -> true);
        return id;
    }

    /** A business with one contact, whose address is unique to the test. */
    private Recipient businessWithContact() {
        String partnerId = partner(PartnerType.BUSINESS);
        Recipient contact = new Recipient(UUID.randomUUID().toString(), "Contact of " + partnerId,
                UUID.randomUUID() + "@example.org");
        recipients.contacts(partnerId, contact);
        partnerOf.put(contact.contactId(), partnerId);
        return contact;
    }

    private final Map<String, String> partnerOf = new HashMap<>();

    private String inviteByMail(String workshopId, Recipient contact) {
        return idOf(post("/api/workshops/" + workshopId + "/invitations", TestUsers.OFFICER,
                Map.of("partnerId", partnerOf.get(contact.contactId()))), HttpStatus.CREATED);
    }

    /** The emails received for this address, once there are {@code count} of them. */
    private List<ReceivedMail> mailTo(Recipient contact, int count) {
        List<ReceivedMail> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            found.clear();
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                ReceivedMail mail = ReceivedMail.of(message);
                if (mail.to().equals(contact.email())) {
                    found.add(mail);
                }
            }
            return found.size() >= count;
        });
        return List.copyOf(found);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> delivery(String workshopId, String invitationId, String state) {
        return (Map<String, Object>) awaitRead("/api/workshops/" + workshopId + "/invitations/" + invitationId,
                invitation -> state.equals(((Map<String, Object>) invitation.get("delivery")).get("state")))
                .get("delivery");
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeInvitationsAreThreeEmailsEachWithItsCalendarEntryAtTheWorkshopsTime() {
        String workshopId = futureWorkshop(10);
        List<Recipient> contacts = List.of(businessWithContact(), businessWithContact(), businessWithContact());
        List<String> invitations = contacts.stream().map(contact -> inviteByMail(workshopId, contact)).toList();

        for (int i = 0; i < 3; i++) {
            Recipient contact = contacts.get(i);
            ReceivedMail mail = mailTo(contact, 1).get(0);
            assertThat(mail.subject()).isEqualTo("Invitation: AI and data workshop, 20 August 2018");
            assertThat(mail.text()).contains("Dear " + contact.name(),
                    "When: Monday 20 August 2018, 10:00am to 2:00pm (UK time)", "https://lis.example/rsvp/");
            assertThat(mail.method()).isEqualTo("REQUEST");
            DtStart<Temporal> start = mail.event().getStartDate().orElseThrow();
            assertThat(((ZonedDateTime) start.getDate()).toInstant()).isEqualTo(MAIL_STARTS);
            assertThat(((ZonedDateTime) start.getDate()).toLocalTime()).hasToString("10:00");
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
            assertThat(mail.eventProperty("UID")).isEqualTo("workshop-" + workshopId + "@lis.example");
            assertThat(mail.eventProperty("SEQUENCE")).isEqualTo("0");

            Map<String, Object> delivery = delivery(workshopId, invitations.get(i), "SENT");
            List<Map<String, Object>> emails = (List<Map<String, Object>>) delivery.get("emails");
            assertThat(emails).singleElement().satisfies(email -> {
                assertThat(email.get("kind")).isEqualTo("INVITATION");
                assertThat(email.get("contactId")).isEqualTo(contact.contactId());
                assertThat(email.get("messageId")).isEqualTo(mail.messageId());
            });
        }
    }

    @Test
    void anInvitationSentByOtherMeansIsRecordedAndNotEmailed() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        String invitationId = idOf(post("/api/workshops/" + workshopId + "/invitations", TestUsers.OFFICER,
                Map.of("partnerId", partnerOf.get(contact.contactId()), "sentAt", NOW.minusSeconds(3600).toString())),
                HttpStatus.CREATED);
        Recipient other = businessWithContact();
        inviteByMail(workshopId, other);

        mailTo(other, 1);
        assertThat(delivery(workshopId, invitationId, "NOT_EMAILED")).containsEntry("emails", List.of());
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).noneMatch(mail -> mail.to().equals(contact.email()));
    }

    @Test
    void theRsvpLinkRecordsTheAnswerAsTheInviteeUntilTheWorkshopEnds() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        String invitationId = inviteByMail(workshopId, contact);
        String token = mailTo(contact, 1).get(0).rsvpToken().orElseThrow();

        client().get().uri("/api/rsvp/" + token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.title").isEqualTo("AI and data workshop")
                .jsonPath("$.usable").isEqualTo(true)
                .jsonPath("$.response").doesNotExist();
        client().post().uri("/api/rsvp/" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "ACCEPTED")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(invitationId);

        awaitRead("/api/workshops/" + workshopId + "/invitations/" + invitationId,
                invitation -> "ACCEPTED".equals(invitation.get("response")));
        DomainEventMessage<?> answer = eventStore.readEvents(workshopId).asStream()
                .filter(event -> event.getPayload() instanceof RsvpRecordedEvent).findFirst().orElseThrow();
        assertThat(answer.getMetaData()).containsEntry("actor", "invitee:" + invitationId);

        clock.set(MAIL_ENDS);
        client().post().uri("/api/rsvp/" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "DECLINED")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RSVP_LINK_EXPIRED");
        client().get().uri("/api/rsvp/" + token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.usable").isEqualTo(false).jsonPath("$.unusableBecause").isEqualTo("ENDED")
                .jsonPath("$.response").isEqualTo("ACCEPTED");
    }

    @Test
    void anUnknownLinkIsNotFoundAndAnAcceptanceOverCapacityIsRefused() {
        client().get().uri("/api/rsvp/not-a-token").exchange().expectStatus().isNotFound().expectBody()
                .jsonPath("$.code").isEqualTo("RSVP_LINK_UNKNOWN");
        String workshopId = futureWorkshop(1);
        Recipient first = businessWithContact();
        Recipient second = businessWithContact();
        inviteByMail(workshopId, first);
        inviteByMail(workshopId, second);
        String firstToken = mailTo(first, 1).get(0).rsvpToken().orElseThrow();
        String secondToken = mailTo(second, 1).get(0).rsvpToken().orElseThrow();

        client().post().uri("/api/rsvp/" + firstToken).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "ACCEPTED")).exchange().expectStatus().isOk();
        client().post().uri("/api/rsvp/" + secondToken).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "ACCEPTED")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("WORKSHOP_FULL");
    }

    @Test
    void reschedulingSendsTheSameEntryAtSequenceOneAndCancellingCancelsIt() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        inviteByMail(workshopId, contact);
        ReceivedMail invitation = mailTo(contact, 1).get(0);

        Instant later = MAIL_STARTS.plusSeconds(86_400);
        post("/api/workshops/" + workshopId + "/reschedule", TestUsers.OFFICER,
                Map.of("startsAt", later.toString(), "endsAt", later.plusSeconds(4 * 3600).toString()))
                .expectStatus().isOk();
        ReceivedMail update = mailTo(contact, 2).get(1);

        assertThat(update.subject()).startsWith("Updated: AI and data workshop, now 21 August 2018");
        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.eventProperty("UID")).isEqualTo(invitation.eventProperty("UID"));
        assertThat(update.eventProperty("SEQUENCE")).isEqualTo("1");
        assertThat(((ZonedDateTime) update.event().getStartDate().orElseThrow().getDate()).toInstant())
                .isEqualTo(later);

        post("/api/workshops/" + workshopId + "/cancel", TestUsers.OFFICER, Map.of("reason", "Venue flooded"))
                .expectStatus().isOk();
        ReceivedMail cancellation = mailTo(contact, 3).get(2);

        assertThat(cancellation.method()).isEqualTo("CANCEL");
        assertThat(cancellation.eventProperty("UID")).isEqualTo(invitation.eventProperty("UID"));
        assertThat(cancellation.eventProperty("SEQUENCE")).isEqualTo("2");
        assertThat(cancellation.text()).contains("Why: Venue flooded").doesNotContain("/rsvp/");
    }

    @Test
    void anInvitationWithdrawnAsSentInErrorIsCancelledByMailAndItsLinkTakesNoAnswer() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        String invitationId = inviteByMail(workshopId, contact);
        ReceivedMail invitation = mailTo(contact, 1).get(0);
        String token = invitation.rsvpToken().orElseThrow();
        client().post().uri("/api/rsvp/" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "ACCEPTED")).exchange().expectStatus().isOk();

        post("/api/workshops/" + workshopId + "/invitations/" + invitationId + "/withdrawal", TestUsers.OFFICER,
                Map.of("reason", "Sent to the wrong partner")).expectStatus().isOk();
        ReceivedMail notice = mailTo(contact, 2).get(1);

        assertThat(notice.subject()).startsWith("Sent in error: invitation to AI and data workshop");
        assertThat(notice.text()).contains("disregard").doesNotContain("/rsvp/");
        assertThat(notice.method()).isEqualTo("CANCEL");
        assertThat(notice.eventProperty("UID")).isEqualTo(invitation.eventProperty("UID"));
        client().post().uri("/api/rsvp/" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "DECLINED")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("INVITATION_WITHDRAWN");
        awaitRead("/api/workshops/" + workshopId + "/invitations/" + invitationId,
                view -> view.get("withdrawnAt") != null);
        client().get().uri("/api/rsvp/" + token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.usable").isEqualTo(false).jsonPath("$.unusableBecause").isEqualTo("WITHDRAWN");
    }

    @Test
    void anAcceptedInviteeIsRemindedOnceTwoDaysBefore() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        String invitationId = inviteByMail(workshopId, contact);
        String token = mailTo(contact, 1).get(0).rsvpToken().orElseThrow();
        client().post().uri("/api/rsvp/" + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", "ACCEPTED")).exchange().expectStatus().isOk();
        awaitRead("/api/workshops/" + workshopId + "/invitations/" + invitationId,
                invitation -> "ACCEPTED".equals(invitation.get("response")));

        clock.set(MAIL_STARTS.minus(Duration.ofDays(2)).minusSeconds(60));
        sleepPolls();
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).filteredOn(mail -> mail.to().equals(contact.email()))
                .as("not yet").hasSize(1);

        clock.set(MAIL_STARTS.minus(Duration.ofDays(2)));
        ReceivedMail reminder = mailTo(contact, 2).get(1);
        assertThat(reminder.subject()).isEqualTo("Reminder: AI and data workshop, 20 August 2018");
        assertThat(reminder.calendarText()).isNull();

        clock.set(MAIL_STARTS.minusSeconds(3600));
        sleepPolls();
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).filteredOn(mail -> mail.to().equals(contact.email()))
                .as("once").hasSize(2);
        String remindedAt = (String) delivery(workshopId, invitationId, "SENT").get("reminderSentAt");
        assertThat(Instant.parse(remindedAt)).isBetween(MAIL_STARTS.minus(Duration.ofDays(2)),
                MAIL_STARTS.minus(Duration.ofDays(2)).plusSeconds(60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContactWithNoAddressAnyMoreIsNotWrittenToAndTheOfficerSeesWhy() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        recipients.erase(partnerOf.get(contact.contactId()), contact.contactId());

        String invitationId = inviteByMail(workshopId, contact);

        Map<String, Object> delivery = delivery(workshopId, invitationId, "FAILED");
        assertThat((List<Map<String, Object>>) delivery.get("emails")).singleElement()
                .satisfies(email -> assertThat(email.get("failure")).isEqualTo("NO_RECIPIENT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSendThatKeepsFailingIsTriedAgainThenShownAsFailed() {
        String workshopId = futureWorkshop(10);
        Recipient contact = businessWithContact();
        SMTP.stop();
        try {
            String invitationId = inviteByMail(workshopId, contact);

            Map<String, Object> delivery = delivery(workshopId, invitationId, "FAILED");
            assertThat((List<Map<String, Object>>) delivery.get("emails")).singleElement().satisfies(email -> {
                assertThat(email.get("failure")).isEqualTo("SERVER_UNAVAILABLE");
                assertThat(email.get("attempts")).isEqualTo(3);
                assertThat(email.get("contactId")).isEqualTo(contact.contactId());
            });
        } finally {
            SMTP.start();
        }
    }

    /**
     * Not a timed assertion: prints how many emails a second one instance sends, from the first email received to the
     * last, with the invitations posted eight at a time so the sender is never short of work, and end to end.
     */
    @Test
    void measuresMailSentPerSecond() {
        int count = 60;
        String workshopId = futureWorkshop(1000);
        List<Recipient> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(businessWithContact());
        }
        int before = SMTP.getReceivedMessages().length;
        long started = System.nanoTime();
        Flux.fromIterable(contacts).flatMap(contact -> Flux.defer(() -> Flux.just(inviteByMail(workshopId, contact)))
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 8)
                .blockLast(Duration.ofMinutes(2));
        long[] first = new long[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10)).until(() -> {
            int received = SMTP.getReceivedMessages().length - before;
            if (received > 0 && first[0] == 0) {
                first[0] = System.nanoTime();
            }
            return received >= count;
        });
        long last = System.nanoTime();
        double sending = (last - first[0]) / 1e9;
        double endToEnd = (last - started) / 1e9;
        System.out.printf("Mail sent per second, one instance, embedded SMTP: %.1f from the first email received to "
                + "the last (%d in %.2f s); %.1f end to end from the first of %d invitations posted 8 at a time "
                + "(%.2f s)%n", (count - 1) / sending, count, sending, count / endToEnd, count, endToEnd);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepPolls() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
