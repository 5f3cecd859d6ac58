package org.lis.consolehost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The services' API called directly, as a demo user, for loading a scenario and checking the pages' figures. */
public final class ServiceCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ServiceCalls() {
    }

    public static JsonNode get(URI base, String path, String user) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), user, false);
    }

    public static String getCsv(URI base, String path, String user) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET()
                    .header("Authorization", basic(user)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts and returns the answer; a 404 is tried again for a while, since the workshop service learns of
     * programmes and partners from the engagement service's events a moment later.
     */
    public static JsonNode post(URI base, String path, String user, Object body) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), user, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(HttpRequest.Builder request, String user, boolean retryNotFound) {
        Instant deadline = Instant.now().plus(PATIENCE);
        request.setHeader("Authorization", basic(user)).setHeader("Accept", "application/json");
        try {
            while (true) {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 300) {
                    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
                }
                if (!(retryNotFound && response.statusCode() == 404) || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
