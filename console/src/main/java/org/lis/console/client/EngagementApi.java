package org.lis.console.client;

import org.lis.console.config.ConsoleProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement service's API as the console reads it: answers as JSON maps the templates read by field
 * name (the contract is API.md), errors as {@link ServiceProblem}s.
 */
@Component
public class EngagementApi {

    private final ServiceClient service;

    public EngagementApi(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.service = new ServiceClient(builder, properties.engagementUrl(), authorization);
    }

    public Mono<List<Map<String, Object>>> programmes() {
        return service.all(uri -> uri.path("/api/programmes"));
    }

    public Mono<Map<String, Object>> programme(String id) {
        return service.get(uri -> uri.path("/api/programmes/{id}").build(id));
    }

    public Mono<Map<String, Object>> defineProgramme(Map<String, Object> programme) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/programmes").build(), programme);
    }

    public Mono<Map<String, Object>> reviseProgramme(String id, Map<String, Object> programme, Long version) {
        return service.send(HttpMethod.PUT, uri -> uri.path("/api/programmes/{id}").build(id), programme, version);
    }

    public Mono<Map<String, Object>> readiness(String id) {
        return service.get(uri -> uri.path("/api/programmes/{id}/readiness").build(id));
    }

    public Mono<Map<String, Object>> coverage(String id, AsOf asOf, String groupBy) {
        return service.get(uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage"))
                .queryParam("groupBy", groupBy).build(id));
    }

    public Mono<Map<String, Object>> trend(String id, AsOf asOf) {
        return service.get(uri -> uri.path("/api/programmes/{id}/coverage/trend")
                .queryParamIfPresent("recordedBy", Optional.ofNullable(asOf.recordedBy())).build(id));
    }

    public Mono<List<Map<String, Object>>> partnerRows(String id, AsOf asOf) {
        return service.all(uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage/partners")), id);
    }

    /** The API's CSV of the same rows, as it wrote it. */
    public Mono<String> partnerRowsCsv(String id, AsOf asOf) {
        return service.text(uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage/partners")).build(id),
                MediaType.parseMediaType("text/csv"));
    }

    public Mono<Map<String, Object>> partner(String id) {
        return service.get(uri -> uri.path("/api/partners/{id}").build(id));
    }

    public Mono<List<Map<String, Object>>> partners() {
        return service.all(uri -> uri.path("/api/partners"));
    }

    /** The register filtered as the API filters it: by type, sector, theme, district, key partner and name. */
    public Mono<List<Map<String, Object>>> partners(Map<String, String> filters) {
        return service.all(uri -> {
            filters.forEach((name, value) -> uri.queryParamIfPresent(name,
                    Optional.ofNullable(value).filter(v -> !v.isBlank())));
            return uri.path("/api/partners");
        });
    }

    public Mono<Map<String, Object>> registerPartner(Map<String, Object> partner) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/partners").build(), partner);
    }

    public Mono<Map<String, Object>> updatePartner(String id, Map<String, Object> partner, long version) {
        return service.send(HttpMethod.PUT, uri -> uri.path("/api/partners/{id}").build(id), partner, version);
    }

    public Mono<Map<String, Object>> addContact(String partnerId, Map<String, Object> contact) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/partners/{id}/contacts").build(partnerId), contact);
    }

    public Mono<Void> eraseContact(String partnerId, String contactId) {
        return service.send(HttpMethod.DELETE, uri -> uri.path("/api/partners/{id}/contacts/{contactId}")
                .build(partnerId, contactId), null).then();
    }

    /** {@code body}: {@code {deliveredOn, note?}}. */
    public Mono<Map<String, Object>> milestoneDelivered(String id, String milestoneId, Map<String, Object> body) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/programmes/{id}/milestones/{milestoneId}/delivered")
                .build(id, milestoneId), body);
    }

    /** {@code body}: {@code {newDueOn, precision, reason}}. */
    public Mono<Map<String, Object>> milestoneSlipped(String id, String milestoneId, Map<String, Object> body) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/programmes/{id}/milestones/{milestoneId}/slipped")
                .build(id, milestoneId), body);
    }

    public Mono<Map<String, Object>> adopt(String id, String adoptedOn, String overrideReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("adoptedOn", adoptedOn);
        if (overrideReason != null && !overrideReason.isBlank()) {
            body.put("overrideReason", overrideReason.strip());
        }
        return service.send(HttpMethod.POST, uri -> uri.path("/api/programmes/{id}/adoption").build(id), body);
    }

    /**
     * One page of the audit trail as the API pages it, oldest first, with its {@code total}: about one partner,
     * of one event type, between two dates (each may be null).
     */
    public Mono<Map<String, Object>> audit(String partnerId, String type, String from, String to, int page, int size) {
        return service.get(uri -> uri.path("/api/audit")
                .queryParamIfPresent("partnerId", Optional.ofNullable(partnerId))
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParam("page", page).queryParam("size", size).build());
    }

    /** Standing groups in name order; with a partner, those it convenes or was invited to or a member of. */
    public Mono<List<Map<String, Object>>> groups(String partnerId) {
        return service.all(uri -> uri.queryParamIfPresent("partnerId", Optional.ofNullable(partnerId)).path("/api/groups"));
    }

    public Mono<Map<String, Object>> group(String id) {
        return service.get(uri -> uri.path("/api/groups/{id}").build(id));
    }

    public Mono<Map<String, Object>> formGroup(Map<String, Object> group) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/groups").build(), group);
    }

    public Mono<Map<String, Object>> addMember(String groupId, Map<String, Object> member) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/groups/{id}/members").build(groupId), member);
    }

    /** {@code change}: "joined" or "left". */
    public Mono<Map<String, Object>> recordMembership(String groupId, String partnerId, String change,
                                                      Map<String, Object> body) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/groups/{id}/members/{partnerId}/{change}")
                .build(groupId, partnerId, change), body);
    }

    public Mono<Map<String, Object>> recordMeeting(String groupId, Map<String, Object> meeting) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/groups/{id}/meetings").build(groupId), meeting);
    }

    /** A programme's consultation windows, each with its responses. */
    public Mono<List<Map<String, Object>>> consultations(String programmeId) {
        return service.all(uri -> uri.path("/api/programmes/{id}/consultations"), programmeId);
    }

    public Mono<Map<String, Object>> consultation(String id) {
        return service.get(uri -> uri.path("/api/consultations/{id}").build(id));
    }

    public Mono<Map<String, Object>> openConsultation(String programmeId, Map<String, Object> consultation) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/programmes/{id}/consultations").build(programmeId),
                consultation);
    }

    public Mono<Map<String, Object>> recordResponse(String consultationId, Map<String, Object> response) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/consultations/{id}/responses").build(consultationId),
                response);
    }

    /** An activity recorded with several partners, as it stands, with its {@code version} for a correction. */
    public Mono<Map<String, Object>> activity(String id) {
        return service.get(uri -> uri.path("/api/activities/{id}").build(id));
    }

    /** {@code activity}: {@code {kind, occurredOn, summary, programmeId?, themes, partnerIds}}. */
    public Mono<Map<String, Object>> recordActivity(Map<String, Object> activity) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/activities").build(), activity);
    }

    /** {@code correction}: what replaces, with the reason; on the version the officer saw. */
    public Mono<Map<String, Object>> correctActivity(String id, Map<String, Object> correction, Long version) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/activities/{id}/corrections").build(id),
                correction, version);
    }

    public Mono<Map<String, Object>> withdrawActivity(String id, String reason, Long version) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/activities/{id}/withdrawal").build(id),
                Map.of("reason", reason), version);
    }
}
