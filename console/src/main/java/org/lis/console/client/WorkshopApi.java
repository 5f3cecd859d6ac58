package org.lis.console.client;

import org.lis.console.config.ConsoleProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The workshop service's API as the facilitators' pages use it: workshops by start time, one workshop with
 * everything recorded at it, the programme's hypotheses, and the room's writes (check-in, no-show, feedback,
 * correction). Answers are JSON maps read by field name (API.md); refusals are {@link ServiceProblem}s.
 */
@Component
public class WorkshopApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int ALL = 500;
    /** How long a page waits for the workshop's views to show a write before showing the page anyway. */
    private static final int VISIBLE_TRIES = 60;
    private static final Duration VISIBLE_PAUSE = Duration.ofMillis(50);

    private final WebClient web;
    private final ServiceAuthorization authorization;

    public WorkshopApi(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.web = builder.clone().baseUrl(properties.workshopUrl()).build();
        this.authorization = authorization;
    }

    /** Workshops starting in [from, to), earliest first, at most {@code size} of them. */
    @SuppressWarnings("unchecked")
    public Mono<List<Map<String, Object>>> workshopsStarting(Instant from, Instant to, int size) {
        return get(uri -> uri.path("/api/workshops").queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("size", Math.min(size, ALL)).build())
                .map(page -> (List<Map<String, Object>>) page.getOrDefault("items", List.of()));
    }

    /** A workshop with its invitations, attendance, no-shows and feedback. */
    public Mono<Map<String, Object>> workshop(String id) {
        return get(uri -> uri.path("/api/workshops/{id}").build(id));
    }

    /**
     * The workshop once its views have followed it to {@code version} (a write's answer), so the page after a
     * write shows it; after a few seconds it is shown as it is.
     */
    public Mono<Map<String, Object>> workshopAtLeast(String id, long version) {
        return Mono.defer(() -> workshop(id))
                .filter(workshop -> ((Number) workshop.getOrDefault("version", 0)).longValue() >= version)
                .repeatWhenEmpty(VISIBLE_TRIES, attempts -> attempts.delayElements(VISIBLE_PAUSE))
                .onErrorResume(IllegalStateException.class, notYet -> workshop(id));
    }

    /** The programme's hypotheses (a programme has tens, not thousands). */
    @SuppressWarnings("unchecked")
    public Mono<List<Map<String, Object>>> hypotheses(String programmeId) {
        return get(uri -> uri.path("/api/hypotheses").queryParam("programmeId", programmeId)
                .queryParam("size", ALL).build())
                .map(page -> (List<Map<String, Object>>) page.getOrDefault("items", List.of()));
    }

    /** Checks a partner in now; {@code walkIn} for a partner who was not invited. Answers {id, version}. */
    public Mono<Map<String, Object>> checkIn(String workshopId, String partnerId, boolean walkIn) {
        return post("/api/workshops/{id}/attendance", Map.of("partnerId", partnerId, "walkIn", walkIn), workshopId);
    }

    public Mono<Map<String, Object>> markNoShow(String workshopId, String partnerId) {
        return post("/api/workshops/{id}/no-shows", Map.of("partnerId", partnerId), workshopId);
    }

    /** Records a partner's feedback on a tabled hypothesis. Answers {id (the feedback's), version}. */
    public Mono<Map<String, Object>> recordFeedback(String workshopId, Feedback feedback, boolean writtenSubmission) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hypothesisId", feedback.hypothesisId());
        body.put("partnerId", feedback.partnerId());
        body.put("stance", feedback.stance());
        body.put("confidence", feedback.confidence());
        body.put("comment", feedback.comment());
        body.put("writtenSubmission", writtenSubmission);
        return post("/api/workshops/{id}/feedback", body, workshopId);
    }

    /** Corrects recorded feedback, with the reason. Answers {id (the feedback's), version}. */
    public Mono<Map<String, Object>> correctFeedback(String workshopId, String feedbackId, String stance,
                                                     int confidence, String comment, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stance", stance);
        body.put("confidence", confidence);
        body.put("comment", comment);
        body.put("reason", reason);
        return post("/api/workshops/{id}/feedback/{feedbackId}/corrections", body, workshopId, feedbackId);
    }

    /** What a facilitator logs: one partner's word on one hypothesis. */
    public record Feedback(String hypothesisId, String partnerId, String stance, int confidence, String comment) {
    }

    private Mono<Map<String, Object>> get(Function<UriBuilder, URI> uri) {
        return authorization.header().flatMap(auth -> web.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, auth).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT));
    }

    private Mono<Map<String, Object>> post(String path, Map<String, Object> body, Object... pathVariables) {
        return authorization.header().flatMap(auth -> web.post().uri(path, pathVariables)
                .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).bodyValue(body)
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT));
    }
}
