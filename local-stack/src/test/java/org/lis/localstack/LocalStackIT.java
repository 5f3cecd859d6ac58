package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack as a user runs it: both services healthy on the embedded server, security in front of them,
 * and the events still there after a stop and a start on the same data file.
 */
class LocalStackIT {

    private static final String PARTNER = """
            {"name":"Silverstone Park","type":"BUSINESS","sectors":["high-performance-engineering"],
             "themes":["MOBILITY"],"district":"Aylesbury Vale","keyPartner":false}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataFolder;

    @Test
    void servesBothServicesSecuredAndKeepsEventsAcrossRestarts() throws Exception {
        LocalStackSettings settings = new LocalStackSettings(dataFolder.resolve("mongo.mv"), 0, 0, 0,
                Optional.empty(), false);
        String partnerId;
        try (RunningStack stack = LocalStack.start(settings)) {
            assertThat(health(stack.engagementBase())).isEqualTo("UP");
            assertThat(health(stack.workshopBase())).isEqualTo("UP");

            assertThat(send(get(stack.engagementBase(), "/api/partners")).statusCode()).isEqualTo(401);
            assertThat(send(get(stack.workshopBase(), "/api/workshops")).statusCode()).isEqualTo(401);
            assertThat(send(createPartner(stack, "board")).statusCode()).isEqualTo(403);

            HttpResponse<String> created = send(createPartner(stack, "officer"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            partnerId = json.readTree(created.body()).path("id").asText();
            assertThat(eventsOf(stack, partnerId)).isEqualTo(1);
        }

        try (RunningStack restarted = LocalStack.start(settings)) {
            assertThat(eventsOf(restarted, partnerId)).isEqualTo(1);
            HttpResponse<String> partner = awaitOk(
                    authorised(get(restarted.engagementBase(), "/api/partners/" + partnerId), "officer"));
            assertThat(json.readTree(partner.body()).path("name").asText()).isEqualTo("Silverstone Park");
        }
    }

    private HttpRequest.Builder createPartner(RunningStack stack, String user) {
        return authorised(HttpRequest.newBuilder(stack.engagementBase().resolve("/api/partners"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PARTNER)), user);
    }

    private static HttpRequest.Builder get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    /** The local users' passwords are their names. */
    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String health(URI base) throws Exception {
        JsonNode body = json.readTree(send(get(base, "/actuator/health")).body());
        return body.path("status").asText();
    }

    /** Reads are eventually consistent: the read model may trail the restart by a moment. */
    private HttpResponse<String> awaitOk(HttpRequest.Builder request) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        HttpResponse<String> response = send(request);
        while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            response = send(request);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static long eventsOf(RunningStack stack, String aggregateId) {
        try (MongoClient client = MongoClients.create(stack.mongodbUri())) {
            return client.getDatabase("lis-events").getCollection("domainevents")
                    .countDocuments(Filters.eq("aggregateIdentifier", aggregateId));
        }
    }
}
