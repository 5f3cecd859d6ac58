package org.lis.support.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.lis.support.axon.AggregateRegistration;
import org.lis.support.command.CommandResult;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=support-testapp", "lis.axon.snapshot-threshold=5"})
class SupportApiIT {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        databases = MongoTestServer.register(registry);
    }

    private static String databases;

    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase serviceDatabase;
    @Autowired
    AggregateRegistration<Ticket> tickets;

    @Test
    void answers401ProblemWithoutCredentials() {
        client.get().uri("/tickets").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").isEqualTo("Unauthorized");
    }

    @Test
    void answers401ForWrongPassword() {
        client.get().uri("/tickets").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("officer", "nope")).exchange()
                .expectStatus().isUnauthorized().expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void answers403ProblemForARoleThatMayNot() {
        client.post().uri("/tickets").headers(TestUsers.asBoard()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "t", "priority", 1, "kind", "QUESTION")).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void answers403BeforeLookingAtTheBodyOfARoleThatMayNot() {
        client.post().uri("/tickets").headers(TestUsers.asBoard()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void createsWithLocationEtagAndActorOnTheEvent() {
        CommandResult created = open("first").expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/tickets/.+")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(CommandResult.class).returnResult().getResponseBody();
        assertThat(created.version()).isZero();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(created.id()).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMetaData()).containsEntry("actor", "officer");
        assertThat(((TicketOpenedEvent) events.get(0).getPayload()).kind()).isEqualTo(TicketKind.QUESTION);
    }

    @Test
    void updateReturnsTheNewVersionAndRefusesAStaleIfMatch() {
        String id = openTicket("versioned");
        rename(id, "second", null).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.id").isEqualTo(id);
        rename(id, "third", "\"1\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        // stale and also breaking a rule (the title is already "third"): the staleness is what the client must fix first
        rename(id, "third", "\"1\"").expectStatus().isEqualTo(412);
        rename(id, "fourth", "\"1\"").expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.status").isEqualTo(412);
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(3);
    }

    @Test
    void longStreamsAreSnapshottedAndAnAggregateLoadsFromItsSnapshot() {
        String id = openTicket("v0");
        for (int version = 1; version <= 6; version++) {
            rename(id, "v" + version, null).expectStatus().isOk();
        }
        assertThat(eventDocuments("snapshotevents", Filters.eq("_id", id))).isEqualTo(1);

        tickets.cache().removeAll();

        // the title and version come back from the snapshot plus the events after it
        rename(id, "v6", null).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("TITLE_UNCHANGED");
        rename(id, "v7", "\"6\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"7\"");
    }

    @Test
    void malformedIfMatchIs400() {
        String id = openTicket("etag");
        rename(id, "x", "\"abc\"").expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void domainRuleIs409WithItsCode() {
        String id = openTicket("same");
        rename(id, "same", null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody()
                .jsonPath("$.code").isEqualTo("TITLE_UNCHANGED")
                .jsonPath("$.detail").isEqualTo("Ticket 'same' already has this title");
    }

    @Test
    void invalidDomainInputIs400WithItsCode() {
        open("forbidden").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("TITLE_NOT_ALLOWED");
    }

    @Test
    void unknownAggregateIs404() {
        rename("no-such-ticket", "x", null).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(PROBLEM).expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() {
        client.get().uri("/nowhere").headers(TestUsers.asOfficer()).exchange()
                .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(PROBLEM);
        client.delete().uri("/tickets").headers(TestUsers.asOfficer()).exchange()
                .expectStatus().isEqualTo(405).expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void malformedJsonIs400() {
        post("{\"title\": \"x\", ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void wrongTypeNamesTheField() {
        refusedNaming("{\"title\": \"x\", \"priority\": \"high\", \"kind\": \"QUESTION\"}", "priority")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("number"));
    }

    @Test
    void numbersAndTextAreNotCoercedIntoEachOther() {
        refusedNaming("{\"title\": \"x\", \"priority\": 2.5, \"kind\": \"QUESTION\"}", "priority");
        refusedNaming("{\"title\": \"x\", \"priority\": \"2\", \"kind\": \"QUESTION\"}", "priority");
        refusedNaming("{\"title\": 42, \"priority\": 2, \"kind\": \"QUESTION\"}", "title");
        refusedNaming("{\"title\": true, \"priority\": 2, \"kind\": \"QUESTION\"}", "title");
    }

    @Test
    void aCommandThatCannotBeAnsweredInAnAcceptedTypeIsNotCarriedOut() {
        client.post().uri("/tickets").headers(TestUsers.asOfficer()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.valueOf("text/csv"))
                .bodyValue("{\"title\": \"csv\", \"priority\": 1, \"kind\": \"QUESTION\"}").exchange()
                .expectStatus().isEqualTo(406).expectHeader().contentTypeCompatibleWith(PROBLEM);
        assertThat(eventDocuments("domainevents", Filters.eq("payload.title", "csv"))).isZero();
        // by its title: other tests' tickets may still be reaching the read model
        assertThat(serviceDatabase.getCollection("tickets").countDocuments(Filters.eq("title", "csv"))).isZero();
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        refusedNaming("{\"title\": \"x\", \"priority\": 1, \"kind\": \"WISH\"}", "kind")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("QUESTION, DEFECT"));
    }

    @Test
    void missingRequiredFieldsAreListed() {
        post("{\"priority\": 0}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'kind')]").exists()
                .jsonPath("$.errors[?(@.field == 'priority')]").exists();
    }

    @Test
    void bodyOver64KiBIs413() {
        String title = "x".repeat(70 * 1024);
        post("{\"title\": \"" + title + "\", \"priority\": 1, \"kind\": \"QUESTION\"}")
                .expectStatus().isEqualTo(413).expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void chunkedBodyOver64KiBIs413() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 70).map(i -> buffers.wrap(
                (i == 0 ? "{\"title\": \"" : "").concat("y".repeat(1024)).getBytes(StandardCharsets.UTF_8)));
        client.post().uri("/tickets").headers(TestUsers.asOfficer()).contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks)).exchange()
                .expectStatus().isEqualTo(413).expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void wrongMediaTypeIs415() {
        client.post().uri("/tickets").headers(TestUsers.asOfficer()).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("title=x").exchange()
                .expectStatus().isEqualTo(415).expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRecordsNothingNew() {
        String body = "{\"title\": \"once\", \"priority\": 1, \"kind\": \"DEFECT\"}";
        var first = postWithKey("key-1", body).expectStatus().isCreated().expectBody(CommandResult.class).returnResult();
        var again = postWithKey("key-1", body).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(CommandResult.class).returnResult();
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(again.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(again.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
        assertThat(eventStore.readEvents(first.getResponseBody().id()).asStream().count()).isEqualTo(1);

        String sameContentOtherwiseWritten = "{\"kind\":\"DEFECT\",\n  \"priority\":1, \"title\":\"once\"}";
        postWithKey("key-1", sameContentOtherwiseWritten).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        postWithKey("key-1", body.replace("once", "twice")).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void aFailedFirstAttemptReleasesTheKey() {
        postWithKey("key-2", "{\"title\": \"forbidden\", \"priority\": 1, \"kind\": \"DEFECT\"}")
                .expectStatus().isBadRequest();
        postWithKey("key-2", "{\"title\": \"forbidden\", \"priority\": 1, \"kind\": \"DEFECT\"}")
                .expectStatus().isBadRequest().expectHeader().doesNotExist("Idempotent-Replayed");
    }

    @Test
    void listsFollowWritesWithinASecond() throws InterruptedException {
        String id = openTicket("listed");
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            String page = client.get().uri("/tickets?size=500").headers(TestUsers.asBoard()).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            seen = page.contains(id);
            Thread.sleep(50);
        }
        assertThat(seen).as("the projection shows the new ticket within a second").isTrue();
    }

    @Test
    void projectionsRunAsPooledStreamingProcessorsWithTokensInTheServiceDatabase() {
        openTicket("tracked");
        assertThat(processing.eventProcessor("tickets")).get().isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(serviceDatabase.getCollection("trackingtokens").countDocuments(Filters.eq("processorName", "tickets")))
                .isPositive();
    }

    @Test
    void pageOutOfRangeIs400() {
        client.get().uri("/tickets?size=501").headers(TestUsers.asBoard()).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        client.get().uri("/tickets?page=abc").headers(TestUsers.asBoard()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void healthIsPublicAndReportsMongo() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.details").doesNotExist();
        client.get().uri("/actuator/health").headers(TestUsers.asBoard()).exchange()
                .expectBody().jsonPath("$.components.mongo.details").exists();
    }

    @Test
    void apiDocsArePublicWithBasicAuth() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("support-testapp")
                .jsonPath("$.components.securitySchemes.basicAuth.scheme").isEqualTo("basic")
                .jsonPath("$.paths['/tickets']").exists()
                .jsonPath("$.paths['/tickets'].post.responses['409'].content['application/problem+json']").exists()
                .jsonPath("$.paths['/tickets'].post.parameters[?(@.name == 'Idempotency-Key')]").exists()
                .jsonPath("$.paths['/tickets'].get.responses['401']").exists()
                .jsonPath("$.paths['/tickets'].get.responses['409']").doesNotExist()
                .jsonPath("$.components.schemas.Problem.properties.errors").exists();
    }

    private static long eventDocuments(String collection, Bson filter) {
        try (MongoClient mongo = MongoClients.create(MongoTestServer.uri())) {
            return mongo.getDatabase(MongoTestServer.eventDatabase(databases)).getCollection(collection)
                    .countDocuments(filter);
        }
    }

    private String openTicket(String title) {
        return open(title).expectStatus().isCreated().expectBody(CommandResult.class).returnResult().getResponseBody().id();
    }

    private WebTestClient.ResponseSpec open(String title) {
        return post("{\"title\": \"" + title + "\", \"priority\": 1, \"kind\": \"QUESTION\"}");
    }

    /** The ticket is refused as a bad request whose first error names {@code field}; the body, for more checks. */
    private WebTestClient.BodyContentSpec refusedNaming(String json, String field) {
        return post(json).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private WebTestClient.ResponseSpec post(String json) {
        return client.post().uri("/tickets").headers(TestUsers.asOfficer()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec postWithKey(String key, String json) {
        return client.post().uri("/tickets").headers(TestUsers.asOfficer()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec rename(String id, String title, String ifMatch) {
        var spec = client.post().uri("/tickets/{id}/title", id).headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            spec = spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return spec.bodyValue("{\"title\": \"" + title + "\"}").exchange();
    }
}
