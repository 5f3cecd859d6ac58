package org.lis.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.lis.localstack.demo.DemoApi.Reply;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Loads the Buckinghamshire demo programme through the services' real HTTP API, as the officer, the
 * facilitator and the board would. Loading twice adds nothing: every POST has a stable Idempotency-Key,
 * and what is already there (found by name, title or in the workshop's record) is not sent again.
 */
public class DemoDataLoader {

    private static final String OFFICER = "officer";
    private static final String FACILITATOR = "facilitator";
    private static final String BOARD = "board";
    private static final String AS_OF = "2018-10-05";

    private final URI engagement;
    private final URI workshops;
    private final DemoApi api = new DemoApi();

    public DemoDataLoader(URI engagementBase, URI workshopBase) {
        this.engagement = engagementBase;
        this.workshops = workshopBase;
    }

    public void load() {
        int recordedBefore = api.recorded();
        int replayedBefore = api.replayed();
        Map<String, String> partners = partners();
        String programmeId = programme(partners.get(PaperFacts.CONVENOR));
        reclassify(partners.get("carebots"));
        PaperFacts.contacts().forEach(c -> contact(c, partners.get(c.partner())));
        BucksProgramme.activities().forEach(a -> activity(a, partners, programmeId));
        deliveries(programmeId);
        PaperFacts.groups().forEach(g -> group(g, partners, programmeId));
        Map<String, String> hypotheses = hypotheses(programmeId);
        consultation(programmeId, partners);
        List<DemoWorkshop> planned = BucksProgramme.workshops();
        planned.forEach(w -> new WorkshopLoader(api, workshops, programmeId, w, partners, hypotheses).load());
        // the convenor is registered but out of the programme's coverage
        JsonNode coverage = awaitCoverage(programmeId, partners.size() - 1);
        System.out.println("Demo data: '" + BucksProgramme.NAME + "' (" + programmeId + "), " + partners.size()
                + " partners, " + planned.size() + " workshops, " + hypotheses.size() + " hypotheses, "
                + PaperFacts.groups().size() + " standing groups, a consultation window; "
                + (api.recorded() - recordedBefore) + " records added, " + (api.replayed() - replayedBefore)
                + " requests replayed, the rest found already there; as of " + AS_OF + " "
                + coverage.path("totals").path("engaged").asInt() + " of " + coverage.path("totals").path("partners")
                .asInt() + " partners engaged (the convenor, " + coverage.path("convenor").path("name").asText()
                + ", not counted), " + coverage.path("gaps").path("keyPartnersNotEngaged").size()
                + " key partner(s) not engaged");
    }

    /**
     * Found by name, else defined with its convenor. A programme loaded before it named one is not revised: load the
     * demo into a fresh data folder.
     */
    private String programme(String convenorId) {
        return find(api.get(engagement, "/api/programmes?size=500", OFFICER), "name", BucksProgramme.NAME)
                .orElseGet(() -> created(api.post(engagement, "/api/programmes", OFFICER, "programme",
                        BucksProgramme.programme(convenorId)), "programme"));
    }

    private Map<String, String> partners() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoPartner p : BucksProgramme.partners()) {
            Reply reply = api.post(engagement, "/api/partners", OFFICER, "partner-" + p.key(), p.body());
            String id = reply.status() == 409
                    ? find(api.get(engagement, "/api/partners?size=500&q=" + DemoApi.query(p.name()), OFFICER),
                    "name", p.name()).orElseThrow(() -> new IllegalStateException("409 for " + p.name()
                    + " but no partner of that name: " + reply.body()))
                    : created(reply, p.name());
            ids.put(p.key(), id);
        }
        return ids;
    }

    /** A PUT is not idempotent by key, so it is sent only while the partner lacks the new theme. */
    private void reclassify(String partnerId) {
        DemoPartner target = BucksProgramme.carebotsFromSeptember();
        JsonNode current = api.await(engagement, "/api/partners/" + partnerId, OFFICER);
        if (current.path("themes").toString().contains("AGEING_SOCIETY")) {
            return;
        }
        Map<String, Object> body = new HashMap<>(target.body());
        body.put("effectiveOn", BucksProgramme.CAREBOTS_EFFECTIVE_ON);
        Reply reply = api.put(engagement, "/api/partners/" + partnerId, OFFICER, body);
        if (!reply.ok()) {
            throw new IllegalStateException("Reclassifying " + target.name() + ": " + reply.status() + " "
                    + reply.body());
        }
    }

    /**
     * The people the paper names, as contacts (free text is no place for names: erasure does not reach it). The
     * paper gives no addresses, and a contact needs one, so each has the same reserved example.org address.
     */
    private void contact(PaperFacts.PaperContact contact, String partnerId) {
        JsonNode partner = api.await(engagement, "/api/partners/" + partnerId, OFFICER);
        boolean known = StreamSupport.stream(partner.path("contacts").spliterator(), false)
                .anyMatch(c -> contact.name().equals(c.path("name").asText()));
        if (!known) {
            created(api.post(engagement, "/api/partners/" + partnerId + "/contacts", OFFICER,
                    "contact-" + contact.partner() + "-" + contact.name().toLowerCase().replace(' ', '-'),
                    Map.of("name", contact.name(), "role", contact.role(), "email", NO_ADDRESS,
                            "lawfulBasis", "PUBLIC_TASK")), contact.name());
        }
    }

    private static final String NO_ADDRESS = "address-not-in-the-board-paper@example.org";

    /** Recorded once with every partner present; found again on the first partner's history by date and summary. */
    private void activity(DemoActivity activity, Map<String, String> partners, String programmeId) {
        List<String> present = activity.partners().stream().map(partners::get).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", activity.kind());
        body.put("occurredOn", activity.occurredOn());
        body.put("summary", activity.summary());
        if (activity.forProgramme()) {
            body.put("programmeId", programmeId);
        }
        body.put("themes", activity.themes());
        body.put("partnerIds", present);
        JsonNode partner = api.await(engagement, "/api/partners/" + present.get(0), OFFICER);
        boolean recorded = StreamSupport.stream(partner.path("history").spliterator(), false)
                .anyMatch(h -> activity.occurredOn().equals(h.path("on").asText())
                        && activity.summary().equals(h.path("summary").asText()));
        if (!recorded) {
            created(api.post(engagement, "/api/activities", OFFICER, "activity-" + activity.key(), body),
                    activity.key());
        }
    }

    /** The milestones the paper says are done, marked delivered unless they already are. */
    private void deliveries(String programmeId) {
        JsonNode programme = api.await(engagement, "/api/programmes/" + programmeId, OFFICER);
        List<JsonNode> milestones = StreamSupport.stream(programme.path("phases").spliterator(), false)
                .flatMap(p -> StreamSupport.stream(p.path("milestones").spliterator(), false)).toList();
        PaperFacts.phases().stream().flatMap(p -> p.milestones().stream()).filter(m -> m.deliveredOn() != null)
                .forEach(m -> {
                    JsonNode milestone = milestones.stream().filter(x -> m.name().equals(x.path("name").asText()))
                            .findFirst().orElseThrow(() -> new IllegalStateException("No milestone '" + m.name()
                                    + "' in the programme: was it loaded before the milestone was added?"));
                    if (!"DELIVERED".equals(milestone.path("status").asText())) {
                        String id = milestone.path("milestoneId").asText();
                        created(api.post(engagement, "/api/programmes/" + programmeId + "/milestones/" + id
                                + "/delivered", OFFICER, "delivered-" + id, Map.of("deliveredOn", m.deliveredOn(),
                                "note", m.deliveryNote())), m.name());
                    }
                });
    }

    /** A group found by name or formed, then each membership the paper gives that the group does not hold yet. */
    private void group(PaperFacts.PaperGroup group, Map<String, String> partners, String programmeId) {
        String groupId = find(api.get(engagement, "/api/groups?size=500", OFFICER), "name", group.name())
                .orElseGet(() -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", group.name());
                    body.put("kind", group.kind());
                    body.put("convenorPartnerId", partners.get(group.convenor()));
                    body.put("themes", group.themes());
                    if (group.forProgramme()) {
                        body.put("programmeId", programmeId);
                    }
                    body.put("description", group.description());
                    body.put("formedOn", group.formedOn());
                    return created(api.post(engagement, "/api/groups", OFFICER, "group-" + group.key(), body),
                            group.name());
                });
        JsonNode held = api.await(engagement, "/api/groups/" + groupId, OFFICER);
        for (PaperFacts.PaperMembership member : group.members()) {
            String partnerId = partners.get(member.partner());
            boolean known = StreamSupport.stream(held.path("members").spliterator(), false)
                    .anyMatch(m -> partnerId.equals(m.path("partnerId").asText()));
            if (known) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("partnerId", partnerId);
            if (member.invitedOn() != null) {
                body.put("invitedOn", member.invitedOn());
            }
            if (member.joinedOn() != null) {
                body.put("joinedOn", member.joinedOn());
            }
            if (member.invitedBy() != null) {
                body.put("invitedByPartnerId", partners.get(member.invitedBy()));
            }
            created(api.post(engagement, "/api/groups/" + groupId + "/members", OFFICER,
                    "group-" + group.key() + "-member-" + member.partner(), body), member.partner());
        }
    }

    /** The paper's window on the draft, then the illustrative responses it does not hold yet. */
    private void consultation(String programmeId, Map<String, String> partners) {
        PaperFacts.PaperWindow window = PaperFacts.consultation();
        String id = find(api.get(engagement, "/api/programmes/" + programmeId + "/consultations?size=500", OFFICER),
                "title", window.title())
                .orElseGet(() -> created(api.post(engagement, "/api/programmes/" + programmeId + "/consultations",
                        OFFICER, "consultation", Map.of("title", window.title(), "subject", window.subject(),
                                "opensOn", window.opensOn(), "closesOn", window.closesOn(),
                                "themes", List.of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY"))),
                        window.title()));
        JsonNode held = api.await(engagement, "/api/consultations/" + id, OFFICER);
        for (DemoResponse response : BucksProgramme.consultationResponses()) {
            String partnerId = partners.get(response.partner());
            boolean known = StreamSupport.stream(held.path("responses").spliterator(), false)
                    .anyMatch(r -> partnerId.equals(r.path("partnerId").asText())
                            && response.receivedOn().equals(r.path("receivedOn").asText()));
            if (!known) {
                created(api.post(engagement, "/api/consultations/" + id + "/responses", OFFICER,
                        "consultation-response-" + response.key(), Map.of("partnerId", partnerId,
                                "receivedOn", response.receivedOn(), "stance", response.stance(),
                                "summary", response.summary())), "response of " + response.partner());
            }
        }
    }

    private Map<String, String> hypotheses(String programmeId) {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonNode existing = api.get(workshops, "/api/hypotheses?size=500&programmeId=" + programmeId, FACILITATOR);
        for (DemoHypothesis h : BucksProgramme.hypotheses()) {
            String id = find(existing, "title", h.title()).orElseGet(() -> created(api.post(workshops,
                    "/api/hypotheses", FACILITATOR, "hypothesis-" + h.key(), Map.of("programmeId", programmeId,
                            "title", h.title(), "statement", h.statement(), "themes", h.themes(),
                            "sectors", h.sectors())), h.title()));
            ids.put(h.key(), id);
        }
        return ids;
    }

    /** The board's view once the coverage projection has caught up with every partner. */
    private JsonNode awaitCoverage(String programmeId, int partners) {
        String path = "/api/programmes/" + programmeId + "/coverage?groupBy=THEME&asOf=" + AS_OF;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode coverage = api.await(engagement, path, BOARD);
        while (coverage.path("totals").path("partners").asInt() < partners && Instant.now().isBefore(deadline)) {
            DemoApi.sleep(200);
            coverage = api.await(engagement, path, BOARD);
        }
        return coverage;
    }

    /** The id of the item of a page (or list) whose {@code field} equals {@code value}, case ignored. */
    static Optional<String> find(JsonNode page, String field, String value) {
        if (page == null) {
            return Optional.empty();
        }
        JsonNode items = page.has("items") ? page.path("items") : page;
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path(field).asText().equalsIgnoreCase(value))
                .map(item -> item.path("id").asText())
                .findFirst();
    }

    static String created(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("Could not record " + what + ": " + reply.status() + " " + reply.body());
        }
        return reply.id();
    }
}
