package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.localstack.StackHttp.awaitStatus;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.post;
import static org.lis.localstack.StackHttp.send;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

    @TempDir
    Path dataFolder;

    @Test
    void servesBothServicesSecuredAndKeepsEventsAcrossRestarts() throws Exception {
        LocalStackSettings settings = TestStacks.settings(dataFolder);
        String partnerId;
        try (RunningStack stack = LocalStack.start(settings)) {
            assertThat(health(stack.engagementBase())).isEqualTo("UP");
            assertThat(health(stack.workshopBase())).isEqualTo("UP");

            assertThat(send(unauthenticated(stack.engagementBase(), "/api/partners")).statusCode()).isEqualTo(401);
            assertThat(send(unauthenticated(stack.workshopBase(), "/api/workshops")).statusCode()).isEqualTo(401);
            assertThat(post(stack.engagementBase(), "/api/partners", "board", PARTNER).statusCode()).isEqualTo(403);

            partnerId = created(post(stack.engagementBase(), "/api/partners", "officer", PARTNER));
            assertThat(eventsOf(stack, partnerId)).isEqualTo(1);
        }

        try (RunningStack restarted = LocalStack.start(settings)) {
            assertThat(eventsOf(restarted, partnerId)).isEqualTo(1);
            HttpResponse<String> partner = awaitStatus(restarted.engagementBase(), "/api/partners/" + partnerId,
                    "officer", 200);
            assertThat(body(partner).path("name").asText()).isEqualTo("Silverstone Park");
        }
    }

    private static HttpRequest.Builder unauthenticated(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    private String health(URI base) throws Exception {
        return body(send(unauthenticated(base, "/actuator/health"))).path("status").asText();
    }

    private static long eventsOf(RunningStack stack, String aggregateId) {
        try (MongoClient client = MongoClients.create(stack.mongodbUri())) {
            return client.getDatabase("lis-events").getCollection("domainevents")
                    .countDocuments(Filters.eq("aggregateIdentifier", aggregateId));
        }
    }
}
