package org.lis.workshop;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.mongodb.client.MongoDatabase;

/**
 * The workshop service on its embedded server, over real HTTP, with one context shared by every API test.
 * Partners and programmes come the way they do in production: as the engagement service's events in the
 * event store, which the replica picks up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {WorkshopServiceApplication.class, ApiTestBase.FixedClock.class},
        properties = "lis.workshop.live.heartbeat=PT1S")
public abstract class ApiTestBase {

    protected static final Instant NOW = Instant.parse("2018-08-15T08:00:00Z");
    protected static final Instant STARTS = Instant.parse("2018-08-14T09:00:00Z");
    protected static final Instant ENDS = Instant.parse("2018-08-14T13:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MongoTestServer.register(registry);
    }

    @Autowired
    private WebTestClient http;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected MongoDatabase database;

    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    protected WebTestClient client() {
        return http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    // the engagement service's events

    protected String programme() {
        String id = UUID.randomUUID().toString();
        publish("Programme", id, new ProgrammeDefinedEvent(id, "Buckinghamshire LIS", LocalDate.of(2018, 12, 31),
                List.of(new Phase("PH1", "Evidence base", LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31), List.of()),
                        new Phase("PH2", "Stakeholder engagement", LocalDate.of(2018, 8, 1),
                                LocalDate.of(2018, 9, 30), List.of())),
                new ReadinessRules(true, 1, 1)));
        awaitReplica("replica_programmes", id);
        return id;
    }

    protected String partner(PartnerType type) {
        return partners(1, type).get(0);
    }

    /** Registers all the partners first and then waits for the replica, which is quicker than one at a time. */
    protected List<String> partners(int count, PartnerType type) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            publish("Partner", id, new PartnerRegisteredEvent(id, "Partner " + id,
                    new PartnerClassification(type, List.of(), List.of(), "Aylesbury Vale", false),
                    LocalDate.of(2018, 5, 1)));
            ids.add(id);
        }
        ids.forEach(id -> awaitReplica("replica_partners", id));
        return ids;
    }

    protected String contact(String partnerId, boolean erased) {
        String id = UUID.randomUUID().toString();
        publish("Partner", partnerId, new ContactAddedEvent(partnerId, id, "Director", LawfulBasis.CONSENT,
                "x", "y", "z"));
        if (erased) {
            publish("Partner", partnerId, new ContactErasedEvent(partnerId, id, NOW));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Document partner = database.getCollection("replica_partners").find(new Document("_id", partnerId)).first();
            Document contacts = partner == null ? null : partner.get("contacts", Document.class);
            Document contact = contacts == null ? null : contacts.get(id, Document.class);
            return contact != null && (!erased || Boolean.TRUE.equals(contact.getBoolean("erased")));
        });
        return id;
    }

    private void publish(String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload));
    }

    private void awaitReplica(String collection, String id) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.getCollection(collection).find(new Document("_id", id)).first() != null);
    }

    // the workshop API

    protected WebTestClient.ResponseSpec post(String path, String authorization, Object body) {
        return post(path, authorization, Map.of(), body);
    }

    /** A POST with headers of its own besides the user's, such as Idempotency-Key or If-Match. */
    protected WebTestClient.ResponseSpec post(String path, String authorization, Map<String, String> headers,
            Object body) {
        return client().post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .headers(sent -> headers.forEach(sent::add))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    protected WebTestClient.ResponseSpec get(String path, String authorization) {
        return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization).exchange();
    }

    protected String idOf(WebTestClient.ResponseSpec response, HttpStatus expected) {
        Map<?, ?> body = response.expectStatus().isEqualTo(expected).expectBody(Map.class).returnResult()
                .getResponseBody();
        return (String) body.get("id");
    }

    /** Waits until a GET answers 200 and the body satisfies the condition (reads trail writes a little). */
    protected Map<String, Object> awaitRead(String path, Predicate<Map<String, Object>> condition) {
        Map<String, Object>[] last = new Map[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            var result = get(path, TestUsers.BOARD).returnResult(Map.class);
            if (result.getStatus().value() != 200) {
                return false;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> body = result.getResponseBody().blockFirst();
            last[0] = body;
            return condition.test(body);
        });
        return last[0];
    }

    protected String hypothesis(String programmeId) {
        String id = idOf(post("/api/hypotheses", TestUsers.FACILITATOR, Map.of("programmeId", programmeId,
                "title", "AI centre", "statement", "Buckingham can anchor an AI research centre",
                "themes", List.of("AI_AND_DATA"), "sectors", List.of("ai-research"))), HttpStatus.CREATED);
        awaitRead("/api/hypotheses/" + id, body -> true);
        return id;
    }

    protected Map<String, Object> workshopBody(String programmeId, int capacity, List<String> hypothesisIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("phaseCode", "PH2");
        body.put("title", "AI and data workshop");
        body.put("themes", List.of("AI_AND_DATA"));
        body.put("startsAt", STARTS.toString());
        body.put("endsAt", ENDS.toString());
        body.put("venue", "University of Buckingham");
        body.put("capacity", capacity);
        body.put("facilitator", "Fran");
        body.put("hypothesisIds", hypothesisIds);
        return body;
    }

    protected String workshop(String programmeId, int capacity, List<String> hypothesisIds) {
        String id = idOf(post("/api/workshops", TestUsers.OFFICER, workshopBody(programmeId, capacity, hypothesisIds)),
                HttpStatus.CREATED);
        awaitRead("/api/workshops/" + id, body -> true);
        return id;
    }

    /** A workshop open for invitations, attendance and feedback, of a programme of its own. */
    protected record OpenWorkshop(String id, String hypothesisId) {

        /** The workshop's own URL, followed by {@code rest}. */
        public String path(String rest) {
            return "/api/workshops/" + id + rest;
        }

        public String path() {
            return path("");
        }
    }

    /** Schedules a workshop of a new programme, with one hypothesis of that programme tabled. */
    protected OpenWorkshop openWorkshop(int capacity) {
        String programmeId = programme();
        String hypothesisId = hypothesis(programmeId);
        return new OpenWorkshop(workshop(programmeId, capacity, List.of(hypothesisId)), hypothesisId);
    }

    protected String invite(String workshopId, String partnerId) {
        return idOf(post("/api/workshops/" + workshopId + "/invitations", TestUsers.OFFICER,
                Map.of("partnerId", partnerId)), HttpStatus.CREATED);
    }

    /** Invites that many new businesses; the invitations come back in the order they were sent. */
    protected List<String> inviteNewBusinesses(String workshopId, int count) {
        return partners(count, PartnerType.BUSINESS).stream().map(partnerId -> invite(workshopId, partnerId)).toList();
    }
}
