package org.lis.console.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lis.console.config.ConsoleProperties;
import org.lis.console.web.Follow;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The workshop service's API as the console uses it: workshops and their hypotheses for officers' planning
 * (schedule, reschedule, cancel, invite), and the room's writes for facilitators (check-in, no-show, feedback,
 * correction). Answers are JSON maps read by field name (API.md); refusals are {@link ServiceProblem}s.
 */
@Component
public class WorkshopApi {

    private final ServiceClient service;

    public WorkshopApi(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.service = new ServiceClient(builder, properties.workshopUrl(), authorization);
    }

    public Mono<List<Map<String, Object>>> workshops(String programmeId) {
        return service.all(uri -> uri.path("/api/workshops").queryParam("programmeId", programmeId));
    }

    /** Workshops starting in [from, to), earliest first, at most {@code size} of them. */
    public Mono<List<Map<String, Object>>> workshopsStarting(Instant from, Instant to, int size) {
        return service.get(uri -> uri.path("/api/workshops").queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("size", Math.min(size, ServiceClient.PAGE)).build())
                .map(ServiceClient::items);
    }

    /** A workshop with its invitations, attendance, no-shows and feedback. */
    public Mono<Map<String, Object>> workshop(String id) {
        return service.get(uri -> uri.path("/api/workshops/{id}").build(id));
    }

    /** The workshop once its views have followed it to {@code version} (a write's answer). */
    public Mono<Map<String, Object>> workshopAtLeast(String id, long version) {
        return Follow.until(() -> workshop(id),
                workshop -> ((Number) workshop.getOrDefault("version", 0)).longValue() >= version);
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

    /** Checks a partner in now; {@code walkIn} for a partner who was not invited. Answers {id, version}. */
    public Mono<Map<String, Object>> checkIn(String workshopId, String partnerId, boolean walkIn) {
        return command(workshopId, "attendance", Map.of("partnerId", partnerId, "walkIn", walkIn));
    }

    /** Withdraws the partner's check-in, recorded by mistake, with the reason. Answers {id, version}. */
    public Mono<Map<String, Object>> withdrawCheckIn(String workshopId, String partnerId, String reason) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops/{id}/attendance/{partnerId}/withdrawal")
                .build(workshopId, partnerId), Map.of("reason", reason));
    }

    /** Withdraws an invitation sent in error, with the reason. Answers {id, version}. */
    public Mono<Map<String, Object>> withdrawInvitation(String workshopId, String invitationId, String reason) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops/{id}/invitations/{invitationId}/withdrawal")
                .build(workshopId, invitationId), Map.of("reason", reason));
    }

    public Mono<Map<String, Object>> markNoShow(String workshopId, String partnerId) {
        return command(workshopId, "no-shows", Map.of("partnerId", partnerId));
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
        return command(workshopId, "feedback", body);
    }

    /** Corrects recorded feedback, with the reason. Answers {id (the feedback's), version}. */
    public Mono<Map<String, Object>> correctFeedback(String workshopId, String feedbackId, String stance,
                                                     int confidence, String comment, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stance", stance);
        body.put("confidence", confidence);
        body.put("comment", comment);
        body.put("reason", reason);
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops/{id}/feedback/{feedbackId}/corrections")
                .build(workshopId, feedbackId), body);
    }

    /** What a facilitator logs: one partner's word on one hypothesis. */
    public record Feedback(String hypothesisId, String partnerId, String stance, int confidence, String comment) {
    }

    private Mono<Map<String, Object>> command(String id, String action, Map<String, Object> body) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/workshops/{id}/{action}").build(id, action), body);
    }
}
