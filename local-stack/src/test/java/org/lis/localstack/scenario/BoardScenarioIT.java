package org.lis.localstack.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.LocalStack;
import org.lis.localstack.RunningStack;
import org.lis.localstack.TestStacks;
import org.lis.localstack.demo.DemoDataLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's question played across both services over HTTP, as the three roles: partners and a
 * programme in the engagement service, a workshop with invitations, attendance and feedback in the
 * workshop service, then coverage, gaps, readiness, adoption (refused, then overridden) and the CSV.
 */
class BoardScenarioIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataFolder;
    private static RunningStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(TestStacks.settings(dataFolder));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void boardSeesCoverageGapsReadinessAndAdopts() throws Exception {
        URI eng = stack.engagementBase();
        URI ws = stack.workshopBase();
        String programme = id(post(eng, "/api/programmes", "officer", Map.of("name", "Scenario LIS",
                "adoptionTargetDate", "2018-12-31",
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "endsOn", "2018-09-30", "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 2))));
        String university = partner("Scenario University", "UNIVERSITY", "AI_AND_DATA", true);
        String council = partner("Scenario Council", "LOCAL_AUTHORITY", "MOBILITY", true);
        String labs = partner("Scenario AI Labs", "BUSINESS", "AI_AND_DATA", false);
        String quoted = partner("Comma, \"Quote\" Ltd", "BUSINESS", "CLEAN_GROWTH", false);

        String hypothesis = id(post(ws, "/api/hypotheses", "facilitator", Map.of(
                "programmeId", programme, "title", "AI centre", "statement", "A university can anchor an AI centre",
                "themes", List.of("AI_AND_DATA"), "sectors", List.of("ai-research"))));
        String workshop = id(post(ws, "/api/workshops", "officer", Map.of(
                "programmeId", programme, "phaseCode", "P2", "title", "AI workshop", "themes", List.of("AI_AND_DATA"),
                "startsAt", "2018-08-14T08:30:00Z", "endsAt", "2018-08-14T12:00:00Z", "venue", "Buckingham",
                "capacity", 20, "facilitator", "Fran", "hypothesisIds", List.of(hypothesis))));
        String w = "/api/workshops/" + workshop;
        String iUniversity = invite(ws, w, university);
        String iLabs = invite(ws, w, labs);
        String iQuoted = invite(ws, w, quoted);
        rsvp(ws, w, iUniversity, "ACCEPTED");
        rsvp(ws, w, iLabs, "ACCEPTED");
        rsvp(ws, w, iQuoted, "DECLINED");
        for (String partner : List.of(university, labs)) {
            expect(201, post(ws, w + "/attendance", "facilitator", Map.of("partnerId", partner,
                    "checkedInAt", "2018-08-14T08:40:00Z", "walkIn", false)), 200);
        }
        expect(201, post(ws, w + "/feedback", "facilitator", Map.of("hypothesisId", hypothesis,
                "partnerId", university, "stance", "SUPPORT", "confidence", 5, "comment", "Yes",
                "writtenSubmission", false, "givenAt", "2018-08-14T10:00:00Z")), 200);
        expect(201, post(ws, w + "/feedback", "facilitator", Map.of("hypothesisId", hypothesis,
                "partnerId", labs, "stance", "OPPOSE", "confidence", 3, "comment", "Not here",
                "writtenSubmission", false, "givenAt", "2018-08-14T10:05:00Z")), 200);

        String coverage = "/api/programmes/" + programme + "/coverage?asOf=2018-09-30&groupBy=THEME";
        JsonNode report = awaitJson(eng, coverage, r -> r.path("totals").path("contributed").asInt() == 2
                && r.path("totals").path("invitedOnly").asInt() == 1);
        assertThat(report.path("totals").toString()).isEqualTo("{\"partners\":4,\"engaged\":2,\"contributed\":2,"
                + "\"invitedOnly\":1,\"notContacted\":1,\"keyPartners\":2,\"keyPartnersEngaged\":1,"
                + "\"coverageRatio\":0.5}");
        assertThat(report.path("groups").get(0).toString())
                .isEqualTo("{\"key\":\"AI_AND_DATA\",\"partners\":2,\"engaged\":2,\"coverageRatio\":1.0}");
        assertThat(report.path("gaps").path("keyPartnersNotEngaged").toString())
                .isEqualTo("[{\"id\":\"" + council + "\",\"name\":\"Scenario Council\"}]");
        assertThat(report.path("gaps").path("groupsWithNoEngagement").toString())
                .isEqualTo("[\"CLEAN_GROWTH\",\"MOBILITY\"]");
        // before the workshop the two businesses were only invited
        JsonNode july = json(get(eng, "/api/programmes/" + programme + "/coverage?asOf=2018-07-31", "board"));
        assertThat(july.path("totals").path("engaged").asInt()).isZero();

        JsonNode readiness = json(get(eng, "/api/programmes/" + programme + "/readiness", "board"));
        assertThat(readiness.path("ready").asBoolean()).isFalse();
        assertThat(readiness.path("checks").get(0).path("detail").asText())
                .isEqualTo("1 key partner not engaged: Scenario Council");
        assertThat(readiness.path("checks").get(2).path("passed").asBoolean()).isTrue();

        String adoption = "/api/programmes/" + programme + "/adoption";
        expect(403, post(eng, adoption, "officer", Map.of("adoptedOn", "2018-12-20")), 403);
        HttpResponse<String> refused = post(eng, adoption, "board", Map.of("adoptedOn", "2018-12-20"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("keyPartnersEngaged");
        expect(200, post(eng, adoption, "board", Map.of("adoptedOn", "2018-12-20",
                "overrideReason", "Council engaged through the county's own consultation")), 200);
        JsonNode adopted = awaitJson(eng, "/api/programmes/" + programme + "/readiness",
                r -> !r.path("adoption").isMissingNode() && !r.path("adoption").isNull());
        assertThat(adopted.path("adoption").path("overrideReason").asText())
                .isEqualTo("Council engaged through the county's own consultation");
        assertThat(json(get(eng, "/api/programmes/" + programme + "/coverage?asOf=adoption", "board"))
                .path("adoptedOn").asText()).isEqualTo("2018-12-20");

        HttpResponse<String> csv = HTTP.send(request(eng, "/api/programmes/" + programme
                        + "/coverage/partners?asOf=2018-09-30", "board").header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("partnerId,name,type,sectors,themes,district,keyPartner,level");
        assertThat(csv.body()).contains(quoted + ",\"Comma, \"\"Quote\"\" Ltd\",BUSINESS,").contains(",INVITED,1,0,0,0");
    }

    @Test
    void demoDataLoadedTwiceAddsNothing() throws Exception {
        DemoDataLoader loader = new DemoDataLoader(stack.engagementBase(), stack.workshopBase());
        loader.load();
        long events = events();
        loader.load();
        Thread.sleep(500);
        assertThat(events()).isEqualTo(events);
    }

    private static long events() {
        try (MongoClient client = MongoClients.create(stack.mongodbUri())) {
            return client.getDatabase("lis-events").getCollection("domainevents").countDocuments();
        }
    }

    private static String partner(String name, String type, String theme, boolean key) throws Exception {
        return id(post(stack.engagementBase(), "/api/partners", "officer", Map.of("name", name, "type", type,
                "sectors", List.of("ai-research"), "themes", List.of(theme), "district", "Aylesbury Vale",
                "keyPartner", key)));
    }

    private static String invite(URI ws, String workshop, String partner) throws Exception {
        return id(post(ws, workshop + "/invitations", "officer", Map.of("partnerId", partner,
                "sentAt", "2018-07-30T09:00:00Z")));
    }

    private static void rsvp(URI ws, String workshop, String invitation, String response) throws Exception {
        expect(200, post(ws, workshop + "/invitations/" + invitation + "/rsvp", "officer", Map.of("response",
                response, "respondedAt", "2018-08-02T10:00:00Z")), 200);
    }

    private static JsonNode awaitJson(URI base, String path, Predicate<JsonNode> ready) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode body = json(get(base, path, "board"));
        while (!ready.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            body = json(get(base, path, "board"));
        }
        return body;
    }

    private static void expect(int status, HttpResponse<String> response, int alternative) {
        assertThat(response.statusCode()).as(response.body()).isIn(status, alternative);
    }

    private static String id(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(URI base, String path, String user, Object body) throws Exception {
        return HTTP.send(request(base, path, user).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI base, String path, String user) throws Exception {
        return HTTP.send(request(base, path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI base, String path, String user) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
}
