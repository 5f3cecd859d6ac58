package org.lis.benchmark.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The few calls of the local stack's API (through the gateway, HTTP Basic) the measurements make. */
public final class StackApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER = """
            {"name":"%s","type":"OTHER","sectors":["life-sciences"],"themes":["AGEING_SOCIETY"],\
            "district":"Wycombe","keyPartner":false}""";

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public StackApi(URI gateway) {
        this.gateway = gateway;
    }

    /** Registers a partner as the officer; its id once answered 201, empty for any other answer. */
    public Optional<String> createPartner(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/partners", "officer")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PARTNER.formatted(name))));
        if (response.statusCode() != 201) {
            return Optional.empty();
        }
        return Optional.of(JSON.readTree(response.body()).path("id").asText());
    }

    /** The status of a read of one partner. */
    public int partnerStatus(String id) throws IOException, InterruptedException {
        return send(request("/api/partners/" + id, "officer").GET()).statusCode();
    }

    /** Invites a partner to a workshop as the officer; the status of the answer. */
    public int invite(String workshopId, String partnerId) throws IOException, InterruptedException {
        return send(request("/api/workshops/" + workshopId + "/invitations", "officer")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"partnerId\":\"" + partnerId + "\"}"))).statusCode();
    }

    /** POSTs a JSON body as a user and returns the created id, or fails with the answer. */
    public String create(String path, String user, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    boolean isUp() {
        try {
            return send(request("/api/partners?size=1", "officer").GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
