package org.lis.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Asks a service's actuator over HTTP, as a user or a load balancer would, until it reports UP. */
final class HealthCheck {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    void awaitUp(String serviceName, URI base, Duration timeout) {
        URI health = base.resolve("/actuator/health");
        Instant deadline = Instant.now().plus(timeout);
        String lastSeen = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode status = json.readTree(response.body()).path("status");
                if ("UP".equals(status.asText())) {
                    return;
                }
                lastSeen = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastSeen = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + serviceName, e);
            }
            sleep();
        }
        throw new IllegalStateException(serviceName + " did not report UP at " + health + " within " + timeout
                + "; last answer: " + lastSeen);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for health", e);
        }
    }
}
