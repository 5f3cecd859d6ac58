package org.lis.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The HTTP calls of the demo loader, as the local users (password = user name). Every POST carries
 * a stable Idempotency-Key, so a second load replays the first answers instead of recording anew.
 */
final class DemoApi {

    /** A POST's answer; {@code replayed} when the service returned the first response to this key. */
    record Reply(int status, JsonNode body, boolean replayed) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String id() {
            return body.path("id").asText();
        }
    }

    private static final Duration REPLICA_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private int recorded;
    private int replayed;

    Reply post(URI base, String path, String user, String key, Object body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo-bucks-" + key)
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build();
        HttpResponse<String> response = send(request);
        boolean again = response.headers().firstValue("Idempotent-Replayed").isPresent();
        Reply reply = new Reply(response.statusCode(), parse(response.body()), again);
        if (reply.ok()) {
            if (again) {
                replayed++;
            } else {
                recorded++;
            }
        }
        return reply;
    }

    /** The body of a 200 GET, or null for a 404. */
    JsonNode get(URI base, String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return parse(response.body());
    }

    /** Reads are eventually consistent: waits until {@code path} answers 200. */
    JsonNode await(URI base, String path, String user) {
        Instant deadline = Instant.now().plus(REPLICA_WAIT);
        JsonNode found = get(base, path, user);
        while (found == null && Instant.now().isBefore(deadline)) {
            sleep(200);
            found = get(base, path, user);
        }
        if (found == null) {
            throw new IllegalStateException("GET " + path + " still 404 after " + REPLICA_WAIT);
        }
        return found;
    }

    Reply put(URI base, String path, String user, Object body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build();
        HttpResponse<String> response = send(request);
        Reply reply = new Reply(response.statusCode(), parse(response.body()), false);
        if (reply.ok()) {
            recorded++;
        }
        return reply;
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    int recorded() {
        return recorded;
    }

    int replayed() {
        return replayed;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
