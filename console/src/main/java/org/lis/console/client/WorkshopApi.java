package org.lis.console.client;

import java.util.List;
import java.util.Map;
import org.lis.console.config.ConsoleProperties;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** The workshop service's API as the console uses it: workshops, hypotheses and invitations. */
@Component
public class WorkshopApi {

    private final ServiceClient service;

    public WorkshopApi(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.service = new ServiceClient(builder, properties.workshopUrl(), authorization);
    }

    public Mono<List<Map<String, Object>>> workshops(String programmeId) {
        return service.all(uri -> uri.path("/api/workshops").queryParam("programmeId", programmeId));
    }

    public Mono<Map<String, Object>> workshop(String id) {
        return service.get(uri -> uri.path("/api/workshops/{id}").build(id));
    }

    public Mono<List<Map<String, Object>>> hypotheses(String programmeId) {
        return service.all(uri -> uri.path("/api/hypotheses").queryParam("programmeId", programmeId));
    }

    public Mono<Map<String, Object>> schedule(Map<String, Object> workshop) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops").build(), workshop);
    }

    public Mono<Map<String, Object>> reschedule(String id, Map<String, Object> times) {
        return command(id, "reschedule", times);
    }

    public Mono<Map<String, Object>> cancel(String id, String reason) {
        return command(id, "cancel", Map.of("reason", reason));
    }

    public Mono<Map<String, Object>> table(String id, String hypothesisId) {
        return command(id, "hypotheses", Map.of("hypothesisId", hypothesisId));
    }

    public Mono<Map<String, Object>> invite(String id, String partnerId) {
        return command(id, "invitations", Map.of("partnerId", partnerId));
    }

    private Mono<Map<String, Object>> command(String id, String action, Map<String, Object> body) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops/{id}/{action}").build(id, action), body);
    }
}
