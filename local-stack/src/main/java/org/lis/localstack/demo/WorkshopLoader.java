package org.lis.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.lis.localstack.demo.DemoApi.Reply;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Records one demo workshop and what happened at it, skipping whatever its record already shows. */
final class WorkshopLoader {

    private static final String OFFICER = "officer";
    private static final String FACILITATOR = "facilitator";

    private final DemoApi api;
    private final URI base;
    private final String programmeId;
    private final DemoWorkshop workshop;
    private final Map<String, String> partners;
    private final Map<String, String> hypotheses;

    WorkshopLoader(DemoApi api, URI base, String programmeId, DemoWorkshop workshop, Map<String, String> partners,
                   Map<String, String> hypotheses) {
        this.api = api;
        this.base = base;
        this.programmeId = programmeId;
        this.workshop = workshop;
        this.partners = partners;
        this.hypotheses = hypotheses;
    }

    void load() {
        String id = workshopId();
        String path = "/api/workshops/" + id;
        JsonNode record = api.await(base, path, OFFICER);
        for (DemoWorkshop.Invite invite : workshop.invitations()) {
            String partnerId = partners.get(invite.partner());
            Optional<JsonNode> sent = existing(record.path("invitations"), partnerId);
            String invitationId = sent
                    .map(i -> i.path("id").asText())
                    .orElseGet(() -> DemoDataLoader.created(api.post(base, path + "/invitations", OFFICER,
                            key("invite", invite.partner()), Map.of("partnerId", partnerId, "sentAt",
                                    invite.sentAt())), "invitation of " + invite.partner()));
            String answered = sent.map(i -> i.path("response").asText(null)).orElse(null);
            if (invite.rsvp() != null && !invite.rsvp().equals(answered)) {
                send(api.post(base, path + "/invitations/" + invitationId + "/rsvp", OFFICER,
                        key("rsvp", invite.partner()), Map.of("response", invite.rsvp(),
                                "respondedAt", invite.respondedAt())), "RSVP of " + invite.partner());
            }
        }
        if (workshop.cancelledAt() != null) {
            if (!"CANCELLED".equals(record.path("status").asText())) {
                send(api.post(base, "/api/workshops/" + id + "/cancel", OFFICER, key("cancel", "all"),
                        Map.of("reason", workshop.cancelReason(), "cancelledAt", workshop.cancelledAt())), "cancel");
            }
            return;
        }
        checkIns(path, record);
        for (String partner : workshop.noShows()) {
            if (existing(record.path("noShows"), partners.get(partner)).isEmpty()) {
                send(api.post(base, path + "/no-shows", FACILITATOR, key("no-show", partner),
                        Map.of("partnerId", partners.get(partner), "markedAt", workshop.endsAt())), "no-show");
            }
        }
        for (DemoWorkshop.Feedback f : workshop.feedback()) {
            String hypothesisId = hypotheses.get(f.hypothesis());
            boolean given = StreamSupport.stream(record.path("feedback").spliterator(), false)
                    .anyMatch(x -> x.path("partnerId").asText().equals(partners.get(f.partner()))
                            && x.path("hypothesisId").asText().equals(hypothesisId));
            if (!given) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("hypothesisId", hypothesisId);
                body.put("partnerId", partners.get(f.partner()));
                body.put("stance", f.stance());
                body.put("confidence", f.confidence());
                body.put("comment", f.comment());
                body.put("writtenSubmission", f.writtenSubmission());
                body.put("givenAt", f.givenAt());
                send(api.post(base, path + "/feedback", FACILITATOR, key("feedback-" + f.hypothesis(), f.partner()),
                        body), "feedback of " + f.partner());
            }
        }
        if (!"CLOSED".equals(record.path("status").asText())) {
            send(api.post(base, path + "/close", FACILITATOR, key("close", "all"), Map.of("closedAt",
                    Instant.parse(workshop.endsAt()).plus(Duration.ofDays(10)).toString())), "close");
        }
    }

    private void checkIns(String path, JsonNode record) {
        Instant arrival = Instant.parse(workshop.startsAt()).plus(Duration.ofMinutes(10));
        for (String partner : concat(workshop.attended(), workshop.walkIns())) {
            if (existing(record.path("attendance"), partners.get(partner)).isEmpty()) {
                send(api.post(base, path + "/attendance", FACILITATOR, key("check-in", partner),
                        Map.of("partnerId", partners.get(partner), "checkedInAt", arrival.toString(),
                                "walkIn", workshop.walkIns().contains(partner))), "check-in of " + partner);
            }
        }
    }

    private String workshopId() {
        JsonNode existing = api.get(base, "/api/workshops?size=500&programmeId=" + programmeId, OFFICER);
        return DemoDataLoader.find(existing, "title", workshop.title()).orElseGet(() -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("programmeId", programmeId);
            body.put("phaseCode", "P2");
            body.put("title", workshop.title());
            body.put("themes", workshop.themes());
            body.put("startsAt", workshop.startsAt());
            body.put("endsAt", workshop.endsAt());
            body.put("venue", workshop.venue());
            body.put("capacity", workshop.capacity());
            body.put("facilitator", "LIS consultants");
            body.put("hypothesisIds", workshop.hypotheses().stream().map(hypotheses::get).toList());
            return DemoDataLoader.created(api.post(base, "/api/workshops", OFFICER,
                    "workshop-" + workshop.key(), body), workshop.title());
        });
    }

    private static Optional<JsonNode> existing(JsonNode list, String partnerId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> item.path("partnerId").asText().equals(partnerId)).findFirst();
    }

    private static void send(Reply reply, String what) {
        DemoDataLoader.created(reply, what);
    }

    private String key(String action, String partner) {
        return workshop.key() + "-" + action + "-" + partner;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
