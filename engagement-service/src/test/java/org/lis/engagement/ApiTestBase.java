package org.lis.engagement;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The full-stack tests share one running service on the embedded MongoDB-wire server (one Spring
 * context, so one start-up); each test makes its own partners with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTestBase.TestClock.class)
public abstract class ApiTestBase {

    /**
     * When the service under test starts: during phase 2 of the seed programme. Its clock runs on from there,
     * as it stamps what the service records: a later correction must be recorded later to win (a frozen clock
     * would record a day's updates and RSVPs all at one instant).
     */
    protected static final Instant NOW = Instant.parse("2018-09-20T10:00:00Z");
    protected static final LocalDate TODAY = LocalDate.of(2018, 9, 20);

    private static String databasePrefix;
    private static MongoClient mongo;

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        databasePrefix = MongoTestServer.register(registry);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
        }
    }

    /**
     * The databases of the context this test runs in. Each context gets databases of its own when it starts, and
     * a test class with other properties starts another while the first stays cached: the prefix last registered
     * is not necessarily this context's.
     */
    @org.junit.jupiter.api.BeforeEach
    void databasesOfThisContext(@Autowired Environment environment) {
        String service = environment.getRequiredProperty("lis.mongodb.database");
        databasePrefix = service.substring(0, service.length() - "-service".length());
    }

    @org.junit.jupiter.api.BeforeEach
    void allowSlowMachine() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @BeforeAll
    static void connect() {
        mongo = MongoClients.create(MongoTestServer.uri());
    }

    @AfterAll
    static void disconnect() {
        mongo.close();
    }

    protected static MongoClient mongo() {
        return mongo;
    }

    protected static MongoDatabase serviceDatabase() {
        return mongo.getDatabase(databasePrefix + "-service");
    }

    protected static MongoDatabase eventDatabase() {
        return mongo.getDatabase(databasePrefix + "-events");
    }

    protected static long eventsOf(String aggregateId, String eventType) {
        return eventDatabase().getCollection("domainevents").countDocuments(Filters.and(
                Filters.eq("aggregateIdentifier", aggregateId), Filters.regex("payloadType", eventType + "$")));
    }

    /** Events whose stored form mentions {@code text} anywhere (payload or metadata), whatever the layout. */
    protected static long eventsMentioning(String text) {
        long count = 0;
        for (Document event : eventDatabase().getCollection("domainevents").find()) {
            if (event.toJson().contains(text)) {
                count++;
            }
        }
        return count;
    }

    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected WebTestClient.ResponseSpec post(String path, String authorization, Object body) {
        return client.post().uri(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    protected WebTestClient.ResponseSpec get(String path, String authorization) {
        return client.get().uri(path).header("Authorization", authorization).exchange();
    }

    protected static Map<String, Object> partnerBody(String name) {
        return Map.of("name", name, "type", "UNIVERSITY", "sectors", java.util.List.of("ai-research", "life-sciences"),
                "themes", java.util.List.of("AI_AND_DATA"), "district", "Aylesbury Vale", "keyPartner", true);
    }

    /** Registers a partner and waits until the read model shows it; returns its id. */
    protected String registerPartner(String name) {
        String id = createdId(post("/api/partners", TestUsers.OFFICER, partnerBody(name)));
        awaitPartnerVersion(id, 0);
        return id;
    }

    /** The id of what the request created, once it is seen to be created. */
    protected static String createdId(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /**
     * The id of what the request created at this version: where it lives matches {@code locationPattern}, the
     * version is its ETag and in the body.
     */
    protected static String createdId(WebTestClient.ResponseSpec response, String locationPattern, long version) {
        Map<?, ?> body = response.expectStatus().isCreated()
                .expectHeader().valueMatches("Location", locationPattern)
                .expectHeader().valueEquals("ETag", "\"" + version + "\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) body.get("version")).longValue()).isEqualTo(version);
        return body.get("id").toString();
    }

    /** Reads follow writes within a second; the tests wait for the version they wrote. */
    protected void awaitPartnerVersion(String partnerId, long version) {
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            Document doc = serviceDatabase().getCollection("partners").find(Filters.eq("_id", partnerId)).first();
            return doc != null && ((Number) doc.get("version")).longValue() >= version;
        });
    }
}
