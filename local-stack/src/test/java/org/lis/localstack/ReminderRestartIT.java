package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.get;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.MailScenario.Contact;
import org.lis.support.test.SettableClock;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The reminder is sent exactly once, two days before the workshop, though the stack stops between planning it and
 * sending it, and two instances of the workshop service are ready to send it when it falls due. The mail server is
 * the test's own, so what it received before the restart still counts after.
 */
class ReminderRestartIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dataFolder;

    private final GreenMail smtp = new GreenMail(new ServerSetup(FreePort.find(), "localhost",
            ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopMail() {
        smtp.stop();
    }

    @Test
    void theReminderIsPlannedThenSentOnceAfterARestartWithTwoSenders() throws Exception {
        smtp.start();
        LocalStackSettings settings = TestStacks.settings(dataFolder)
                .withMailServer(new LocalStackSettings.MailServer("localhost", smtp.getSmtp().getPort()));
        SettableClock clock = new SettableClock(Instant.now());
        Instant startsAt = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(10), LocalTime.of(10, 0), LONDON)
                .toInstant();
        Instant remindAt = startsAt.atZone(LONDON).minusDays(2).toInstant();
        String workshopId;
        Contact contact;

        try (RunningStack stack = LocalStack.start(settings, clock)) {
            MailScenario scenario = new MailScenario(stack.gatewayBase(), () -> List.of(smtp.getReceivedMessages()));
            workshopId = scenario.workshop(scenario.programme(clock.instant()), startsAt, 10);
            contact = scenario.partnerWithContact("Silverstone technology cluster");
            scenario.invite(workshopId, contact);
            String token = scenario.mailTo(contact, 1).get(0).rsvpToken().orElseThrow();
            expect(200, scenario.answer(stack.workshopBase(), token, "ACCEPTED"));

            Document reminder = awaitReminderPlanned(stack.mongodbUri());
            assertThat(reminder.getDate("dueAt").toInstant()).isEqualTo(remindAt);
            assertThat(reminder.getString("status")).isEqualTo("PENDING");
        }

        clock.set(remindAt.plusSeconds(30));
        try (RunningStack restarted = LocalStack.start(settings, clock);
             ConfigurableApplicationContext second = secondWorkshopInstance(restarted, settings, clock)) {
            MailScenario scenario = new MailScenario(restarted.gatewayBase(),
                    () -> List.of(smtp.getReceivedMessages()));
            assertThat(scenario.mailTo(contact, 2).get(1).subject()).startsWith("Reminder: Space cluster workshop");

            Thread.sleep(5_000);
            assertThat(scenario.mailTo(contact)).as("the invitation and one reminder").hasSize(2);
            await().atMost(Duration.ofSeconds(20)).until(() -> reminders(restarted, workshopId).size() == 1);
            assertThat(reminders(restarted, workshopId)).singleElement()
                    .satisfies(line -> assertThat(line.get("actor")).isEqualTo("mailer"));
        }
    }

    private static Document awaitReminderPlanned(String mongodbUri) {
        try (MongoClient client = MongoClients.create(mongodbUri)) {
            Document[] found = new Document[1];
            await().atMost(Duration.ofSeconds(20)).until(() -> (found[0] = client.getDatabase("workshop")
                    .getCollection("mail_jobs").find(new Document("kind", "REMINDER")).first()) != null);
            return found[0];
        }
    }

    /** The ReminderSent lines of the workshop's audit trail. */
    private static List<Map<String, Object>> reminders(RunningStack stack, String workshopId) throws Exception {
        var items = body(get(stack.gatewayBase(), "/api/audit?aggregateId=" + workshopId, "officer")).path("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path("type").asText().equals("ReminderSentEvent"))
                .map(item -> (Map<String, Object>) StackHttp.JSON.convertValue(item, Map.class))
                .toList();
    }

    /** A second workshop service on the same databases and mail server, sending as the first does. */
    private static ConfigurableApplicationContext secondWorkshopInstance(RunningStack stack,
                                                                       LocalStackSettings settings,
                                                                       SettableClock clock) {
        String relaySecret = stack.workshop().getEnvironment().getProperty("lis.security.relay.secret");
        LocalStackSettings.MailServer mail = settings.mailServer().orElseThrow();
        return ServiceApp.WORKSHOP.start(0, stack.mongodbUri(), List.of(
                "--lis.security.relay.secret=" + relaySecret,
                "--spring.mail.host=" + mail.host(), "--spring.mail.port=" + mail.port(),
                "--lis.mail.engagement-url=" + stack.engagementBase(),
                "--lis.mail.link-base=" + stack.gatewayBase()), Map.of("clock", clock));
    }
}
