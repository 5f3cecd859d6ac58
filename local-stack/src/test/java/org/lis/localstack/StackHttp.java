package org.lis.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack's HTTP API as its tests use it: the local users, whose passwords are their names, JSON bodies
 * (a string is sent as it is, anything else as JSON), and the checks the tests repeat.
 */
final class StackHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StackHttp() {
    }

    static HttpResponse<String> get(URI base, String path, String user) throws Exception {
        return send(authorised(HttpRequest.newBuilder(base.resolve(path)).GET(), user));
    }

    static HttpResponse<String> post(URI base, String path, String user, Object body) throws Exception {
        return send(authorised(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))), user));
    }

    static HttpResponse<String> delete(URI base, String path, String user) throws Exception {
        return send(authorised(HttpRequest.newBuilder(base.resolve(path)).DELETE(), user));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /** The id of a 201's body. */
    static String created(HttpResponse<String> response) throws IOException {
        expect(201, response);
        return body(response).path("id").asText();
    }

    static void expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(), response.body())
                .isEqualTo(status);
    }

    static JsonNode body(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Asks again for up to ten seconds, for what trails on purpose (a restart's projections catching up). */
    static HttpResponse<String> awaitStatus(URI base, String path, String user, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        HttpResponse<String> response = get(base, path, user);
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            response = get(base, path, user);
        }
        expect(status, response);
        return response;
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
