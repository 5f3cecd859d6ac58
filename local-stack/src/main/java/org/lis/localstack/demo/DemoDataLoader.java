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
        String programmeId = programme();
        Map<String, String> partners = partners();
        reclassify(partners.get("carebots"));
        PaperFacts.contacts().forEach(c -> contact(c, partners.get(c.partner())));
        BucksProgramme.activities().forEach(a -> activity(a, partners.get(a.partner()), programmeId));
        Map<String, String> hypotheses = hypotheses(programmeId);
        List<DemoWorkshop> planned = BucksProgramme.workshops();
        planned.forEach(w -> new WorkshopLoader(api, workshops, programmeId, w, partners, hypotheses).load());
        JsonNode coverage = awaitCoverage(programmeId, partners.size());
        System.out.println("Demo data: '" + BucksProgramme.NAME + "' (" + programmeId + "), " + partners.size()
                + " partners, " + planned.size() + " workshops, " + hypotheses.size() + " hypotheses; "
                + (api.recorded() - recordedBefore) + " records added, " + (api.replayed() - replayedBefore)
                + " requests replayed, the rest found already there; as of " + AS_OF + " "
                + coverage.path("totals").path("engaged").asInt() + " of " + coverage.path("totals").path("partners")
                .asInt() + " partners engaged, " + coverage.path("gaps").path("keyPartnersNotEngaged").size()
                + " key partner(s) not engaged");
    }

    private String programme() {
        return find(api.get(engagement, "/api/programmes?size=500", OFFICER), "name", BucksProgramme.NAME)
                .orElseGet(() -> created(api.post(engagement, "/api/programmes", OFFICER, "programme",
                        BucksProgramme.programme()), "programme"));
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

    private void activity(DemoActivity activity, String partnerId, String programmeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", activity.kind());
        body.put("occurredOn", activity.occurredOn());
        body.put("summary", activity.summary());
        if (activity.forProgramme()) {
            body.put("programmeId", programmeId);
        }
        body.put("themes", activity.themes());
        JsonNode partner = api.await(engagement, "/api/partners/" + partnerId, OFFICER);
        boolean recorded = StreamSupport.stream(partner.path("history").spliterator(), false)
                .anyMatch(h -> activity.occurredOn().equals(h.path("on").asText())
                        && activity.summary().equals(h.path("summary").asText()));
        if (!recorded) {
            created(api.post(engagement, "/api/partners/" + partnerId + "/activities", OFFICER,
                    "activity-" + activity.key(), body), activity.key());
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
