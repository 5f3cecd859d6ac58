package org.lis.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Requests through the gateway as the demo users, by HTTP Basic (each user's password is its name in the local
 * stack), as the stack's own tests sign in. One HTTP/1.1 client shared by every worker: it keeps a pool of
 * connections, as a browser or an integration would.
 */
final class LoadClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status and body. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadClient(URI gateway) {
        this.gateway = gateway;
    }

    Answer get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET());
    }

    Answer post(String path, String user, Object body) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /**
     * POSTs and returns the created id; fails with the answer otherwise (seeding must not go on half done). A 503
     * (the stack too busy to answer in time, as it is on a shared machine) is tried again, up to three times: the
     * write may have been made all the same, which only adds a record to the data, or makes the retry a conflict
     * (a partner's name taken by itself): then null.
     */
    String create(String path, String user, Map<String, ?> body) throws IOException, InterruptedException {
        Answer answer = post(path, user, body);
        int retry = 0;
        while (answer.status() == 503 && retry < 3) {
            retry++;
            Thread.sleep(1_000L * retry);
            answer = post(path, user, body);
        }
        if (retry > 0 && answer.status() == 409) {
            return null;
        }
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + path + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().path("id").asText();
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
