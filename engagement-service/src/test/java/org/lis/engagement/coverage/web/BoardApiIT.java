package org.lis.engagement.coverage.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lis.engagement.coverage.query.CoverageCalculator;
import org.lis.engagement.coverage.query.CoverageHistoryCache;
import org.lis.engagement.coverage.query.CoverageTestBed;
import org.lis.engagement.coverage.query.CoverageReport;
import org.lis.engagement.coverage.query.GroupBy;
import org.lis.events.common.Theme;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * The board's endpoints over HTTP: partners and the programme through the API, workshop events
 * appended to the shared event store as the workshop service would, then coverage, CSV, readiness,
 * adoption and audit, with roles and bad parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardApiIT {

    private static String databases;

    @Autowired
    WebTestClient client;
    @Autowired
    EventStore eventStore;

    private String programme;
    private String university;
    private String council;
    private String business;
    private final AtomicLong workshopSequence = new AtomicLong();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        databases = MongoTestServer.register(registry);
    }

    @BeforeAll
    void playHistory() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        programme = id(post("/api/programmes", TestUsers.OFFICER, Map.of("name", "Board LIS " + suffix,
                "adoptionTargetDate", "2018-12-31",
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "endsOn", "2018-09-30", "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 1))));
        university = partner("Alpha University " + suffix, "UNIVERSITY", "AI_AND_DATA", true);
        council = partner("Beta Council " + suffix, "LOCAL_AUTHORITY", "MOBILITY", true);
        business = partner("Gamma, Sons & \"Co\" " + suffix, "BUSINESS", "CLEAN_GROWTH", false);
        post("/api/partners/" + council + "/activities", TestUsers.OFFICER, Map.of("kind", "MEETING",
                "occurredOn", "2018-08-02", "summary", "Transport plans", "programmeId", programme,
                "themes", List.of("MOBILITY"))).expectStatus().is2xxSuccessful();

        String workshop = "w-" + suffix;
        workshopEvent(workshop, new WorkshopScheduledEvent(workshop, programme, "P2", "AI workshop",
                List.of(Theme.AI_AND_DATA), Instant.parse("2018-08-15T09:00:00Z"),
                Instant.parse("2018-08-15T12:00:00Z"), "Buckingham", 30, "Fran", List.of()));
        workshopEvent(workshop, new HypothesisTabledEvent(workshop, programme, "h-" + suffix));
        workshopEvent(workshop, new PartnerInvitedEvent(workshop, programme, "i-1", university, null,
                Instant.parse("2018-07-25T10:00:00Z")));
        workshopEvent(workshop, new RsvpRecordedEvent(workshop, programme, "i-1", university, RsvpResponse.ACCEPTED,
                Instant.parse("2018-07-27T10:00:00Z")));
        workshopEvent(workshop, new PartnerInvitedEvent(workshop, programme, "i-2", business, null,
                Instant.parse("2018-07-25T10:00:00Z")));
        workshopEvent(workshop, new AttendeeCheckedInEvent(workshop, programme, university, null,
                Instant.parse("2018-08-15T09:05:00Z"), false));
        workshopEvent(workshop, new FeedbackRecordedEvent(workshop, programme, "f-1", "h-" + suffix, university,
                Stance.SUPPORT, 4, "Strong case", false, Instant.parse("2018-08-15T11:00:00Z")));
        await().atMost(Duration.ofSeconds(10)).until(() -> coverage("asOf=2018-09-30").path("totals")
                .path("contributed").asInt() == 1 && coverage("asOf=2018-09-30").path("totals").path("engaged")
                .asInt() == 2);
    }

    @Test
    void coverageByThemeWithGaps() {
        JsonNode report = coverage("asOf=2018-09-30&groupBy=THEME");
        assertThat(report.path("programmeId").asText()).isEqualTo(programme);
        assertThat(report.path("asOf").asText()).isEqualTo("2018-09-30");
        assertThat(report.path("totals").toString()).isEqualTo("{\"partners\":3,\"engaged\":2,\"contributed\":1,"
                + "\"invitedOnly\":1,\"notContacted\":0,\"keyPartners\":2,\"keyPartnersEngaged\":2,"
                + "\"coverageRatio\":0.6667}");
        assertThat(report.path("groups").toString()).isEqualTo("[{\"key\":\"AI_AND_DATA\",\"partners\":1,"
                + "\"engaged\":1,\"coverageRatio\":1.0},{\"key\":\"CLEAN_GROWTH\",\"partners\":1,\"engaged\":0,"
                + "\"coverageRatio\":0.0},{\"key\":\"MOBILITY\",\"partners\":1,\"engaged\":1,\"coverageRatio\":1.0},"
                + "{\"key\":\"AGEING_SOCIETY\",\"partners\":0,\"engaged\":0,\"coverageRatio\":0.0}]");
        assertThat(report.path("gaps").path("groupsWithNoEngagement").toString()).isEqualTo("[\"CLEAN_GROWTH\"]");
        // before the meeting and the workshop, no key partner was engaged
        JsonNode july = coverage("asOf=2018-07-31");
        assertThat(july.path("gaps").path("keyPartnersNotEngaged")).hasSize(2);
        assertThat(july.path("totals").path("invitedOnly").asInt()).isEqualTo(2);
    }

    @Test
    void partnerRowsAsJsonAndCsv() {
        JsonNode rows = get("/api/programmes/" + programme + "/coverage/partners?asOf=2018-09-30", TestUsers.BOARD)
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(rows.path("total").asInt()).isEqualTo(3);
        JsonNode first = rows.path("items").get(0);
        assertThat(first.path("level").asText()).isEqualTo("CONTRIBUTED");
        assertThat(first.path("firstEngagedOn").asText()).isEqualTo("2018-08-15");

        String csv = client.get().uri("/api/programmes/" + programme + "/coverage/partners?asOf=2018-09-30")
                .header("Authorization", TestUsers.BOARD).accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("partnerId,name,type,sectors,themes,district,keyPartner,level,");
        assertThat(csv).contains("\"Gamma, Sons & \"\"Co\"\" ").contains(",BUSINESS,").contains(",INVITED,1,0,0,0,,");
    }

    @Test
    void readinessThenAdoptionRefusedThenOverridden() {
        JsonNode readiness = get("/api/programmes/" + programme + "/readiness?asOf=2018-07-31", TestUsers.BOARD)
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(readiness.path("ready").asBoolean()).isFalse();
        assertThat(readiness.path("adoptionTargetDate").asText()).isEqualTo("2018-12-31");
        assertThat(readiness.path("checks").get(0).path("name").asText()).isEqualTo("keyPartnersEngaged");
        assertThat(readiness.path("checks").get(0).path("detail").asText())
                .startsWith("2 key partners not engaged: Alpha University");

        String adoption = "/api/programmes/" + programme + "/adoption";
        post(adoption, TestUsers.OFFICER, Map.of("adoptedOn", "2018-07-31")).expectStatus().isForbidden();
        post(adoption, TestUsers.BOARD, Map.of("adoptedOn", "2018-07-31")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("READINESS_CHECKS_FAILED");
        get("/api/programmes/" + programme + "/coverage?asOf=adoption", TestUsers.BOARD).expectStatus().isEqualTo(409);
        post(adoption, TestUsers.BOARD, Map.of("adoptedOn", "2018-07-31", "overrideReason", "Deadline from government"))
                .expectStatus().isOk();
        post(adoption, TestUsers.BOARD, Map.of("adoptedOn", "2018-08-01", "overrideReason", "Again"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("ALREADY_ADOPTED");

        await().atMost(Duration.ofSeconds(5)).until(() -> !coverage("").path("adoptedOn").isNull());
        JsonNode after = get("/api/programmes/" + programme + "/readiness", TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(after.path("adoption").path("overrideReason").asText()).isEqualTo("Deadline from government");
        assertThat(after.path("adoption").path("failedChecks").toString())
                .isEqualTo("[\"keyPartnersEngaged\",\"minEngagedPerTheme\",\"minFeedbackPerHypothesis\"]");
        JsonNode beforeAdoption = coverage("asOf=adoption");
        assertThat(beforeAdoption.path("asOf").asText()).isEqualTo("2018-07-31");
        assertThat(beforeAdoption.path("adoptedOn").asText()).isEqualTo("2018-07-31");
        assertThat(beforeAdoption.path("totals").path("engaged").asInt()).isZero();
    }

    @Test
    void partnerPageShowsTheLevelFromCoverage() {
        get("/api/partners/" + university, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("CONTRIBUTED");
        get("/api/partners/" + business, TestUsers.BOARD).expectStatus().isOk()
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("INVITED");
    }

    @Test
    void badParametersRolesAndUnknownProgramme() {
        String base = "/api/programmes/" + programme;
        get(base + "/coverage?groupBy=COLOUR", TestUsers.BOARD).expectStatus().isBadRequest();
        get(base + "/coverage?asOf=5 October", TestUsers.BOARD).expectStatus().isBadRequest();
        get(base + "/coverage?recordedBy=yesterday", TestUsers.BOARD).expectStatus().isBadRequest();
        get("/api/programmes/nope/coverage", TestUsers.BOARD).expectStatus().isNotFound();
        get("/api/programmes/nope/readiness", TestUsers.FACILITATOR).expectStatus().isNotFound();
        post("/api/programmes/nope/adoption", TestUsers.BOARD, Map.of("adoptedOn", "2018-12-01"))
                .expectStatus().isNotFound();
        client.get().uri(base + "/coverage").exchange().expectStatus().isUnauthorized();
        get(base + "/coverage", TestUsers.FACILITATOR).expectStatus().isOk();
        get("/api/audit", TestUsers.FACILITATOR).expectStatus().isForbidden();
        get("/api/audit?from=last week", TestUsers.BOARD).expectStatus().isBadRequest();
    }

    /** The partner page explains its level: the workshop engagement the board counts is in the history, by date. */
    @Test
    void partnerHistoryShowsWorkshopEngagementInDateOrder() {
        JsonNode partner = get("/api/partners/" + university, TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> kinds = partner.path("history").findValues("kind").stream().map(JsonNode::asText).toList();
        assertThat(kinds).containsSubsequence("INVITED", "RSVP", "ATTENDED", "FEEDBACK").contains("REGISTERED");
        List<String> dates = partner.path("history").findValues("on").stream().map(JsonNode::asText).toList();
        assertThat(dates).isSorted();
        JsonNode rsvp = partner.path("history").get(kinds.indexOf("RSVP"));
        assertThat(rsvp.path("on").asText()).isEqualTo("2018-07-27");
        assertThat(rsvp.path("response").asText()).isEqualTo("ACCEPTED");
        assertThat(rsvp.path("workshopTitle").asText()).isEqualTo("AI workshop");
        assertThat(partner.path("history").get(kinds.indexOf("FEEDBACK")).path("hypothesisId").asText())
                .startsWith("h-");

        JsonNode council = get("/api/partners/" + this.council, TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(council.path("history").findValues("kind").stream().map(JsonNode::asText).toList())
                .containsOnlyOnce("ACTIVITY");
    }

    /** API.md: a 400 says which field is wrong in errors[], the query parameters included. */
    @Test
    void everyBadParameterIsNamedInErrors() {
        String base = "/api/programmes/" + programme;
        badParameter(base + "/coverage?groupBy=COLOUR", "groupBy");
        badParameter(base + "/coverage?asOf=2018-02-30", "asOf");
        badParameter(base + "/coverage?recordedBy=2018-10-05", "recordedBy");
        badParameter(base + "/coverage/partners?asOf=soon", "asOf");
        badParameter(base + "/readiness?recordedBy=yesterday", "recordedBy");
        badParameter("/api/audit?from=last week", "from");
        badParameter("/api/audit?to=2018-13-01", "to");
    }

    @Test
    void asOfAdoptionBeforeAdoptionIsATypedConflict() {
        String other = id(post("/api/programmes", TestUsers.OFFICER, Map.of("name", "Unadopted " + UUID.randomUUID(),
                "adoptionTargetDate", "2018-12-31", "phases", List.of(),
                "readiness", Map.of("keyPartnersEngaged", false, "minEngagedPerTheme", 0,
                        "minFeedbackPerHypothesis", 0))));
        await().atMost(Duration.ofSeconds(5)).until(() -> get("/api/programmes/" + other + "/coverage",
                TestUsers.BOARD).returnResult(String.class).getStatus().is2xxSuccessful());
        get("/api/programmes/" + other + "/coverage?asOf=adoption", TestUsers.BOARD).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_ADOPTED");
    }

    private void badParameter(String uri, String field) {
        get(uri, TestUsers.BOARD).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").value(containsString(field));
    }

    @Test
    void auditShowsWhoRecordedWhat() {
        await().atMost(Duration.ofSeconds(5)).until(() -> audit("aggregateId=" + council).path("total").asInt() >= 2);
        JsonNode council = audit("aggregateId=" + this.council);
        assertThat(council.path("items").get(0).path("type").asText()).isEqualTo("PartnerRegisteredEvent");
        assertThat(council.path("items").get(0).path("actor").asText()).isEqualTo("officer");
        assertThat(council.path("items").get(0).path("summary").asText()).startsWith("partner registered: Beta Council");
        assertThat(council.path("items").get(1).path("summary").asText()).startsWith("activity recorded: MEETING with Beta Council").endsWith("on 2018-08-02");
        JsonNode all = audit("size=500");
        List<Long> indexes = all.path("items").findValues("globalIndex").stream().map(JsonNode::asLong).toList();
        assertThat(indexes).isSorted();
        assertThat(audit("from=2000-01-01&to=2000-01-02").path("total").asInt()).isZero();
    }

    @Test
    void liveCoverageEqualsCoverageReplayedFromTheEventStore() {
        String recordedBy = Instant.now().toString();
        CoverageReport live = get("/api/programmes/" + programme + "/coverage?asOf=2018-09-30&groupBy=THEME"
                + "&recordedBy=" + recordedBy, TestUsers.BOARD).expectStatus().isOk()
                .expectBody(CoverageReport.class).returnResult().getResponseBody();
        String fresh = databases + "-replay-" + UUID.randomUUID().toString().substring(0, 6);
        try (MongoClient sync = MongoClients.create(MongoTestServer.uri())) {
            List<AnnotationEventHandlerAdapter> replayed = CoverageTestBed.coverageHandlers(sync.getDatabase(fresh));
            try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
                while (events.hasNextAvailable()) {
                    CoverageTestBed.handle(replayed, events.nextAvailable());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            CoverageReport fromReplay = CoverageCalculator.report(
                    CoverageHistoryCache.readWhole(sync.getDatabase(fresh), programme).orElseThrow(),
                    LocalDate.parse("2018-09-30"), Instant.parse(recordedBy), GroupBy.THEME);
            assertThat(fromReplay).isEqualTo(live);
        }
    }

    private JsonNode coverage(String query) {
        return get("/api/programmes/" + programme + "/coverage?" + query, TestUsers.BOARD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode audit(String query) {
        return get("/api/audit?" + query, TestUsers.OFFICER).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String partner(String name, String type, String theme, boolean key) {
        return id(post("/api/partners", TestUsers.OFFICER, Map.of("name", name, "type", type,
                "sectors", List.of("space"), "themes", List.of(theme), "district", "Aylesbury Vale",
                "keyPartner", key)));
    }

    /** Appends an event as the workshop service's aggregate would, with its actor. */
    private void workshopEvent(String workshopId, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Workshop", workshopId,
                workshopSequence.getAndIncrement(), event, MetaData.with("actor", "facilitator")));
    }

    private static String id(WebTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .path("id").asText();
    }

    private WebTestClient.ResponseSpec post(String path, String authorization, Object body) {
        return client.post().uri(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String authorization) {
        return client.get().uri(path).header("Authorization", authorization).exchange();
    }
}
