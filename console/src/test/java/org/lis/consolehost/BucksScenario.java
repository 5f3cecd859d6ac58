package org.lis.consolehost;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small programme modelled on Buckinghamshire's, loaded through the services' API: four partners (two of
 * them key), a meeting with the university on 20 September 2018, a workshop on 3 October 2018 that Silverstone
 * Park attended, and a round table with Westcott on 20 October. So coverage is 0 engaged at the evidence
 * milestone (31 August), 2 on 5 October and 3 at the workshops milestone (31 October); the key partner
 * Buckinghamshire Council is never engaged, so a readiness check fails. Names carry a suffix: each test
 * class loads its own copy on the shared services.
 */
public record BucksScenario(String programmeId, String programmeName, Map<String, String> partners,
                            String workshopId) {

    public static final String EVIDENCE_MILESTONE = "Evidence base agreed";
    public static final String WORKSHOPS_MILESTONE = "Workshops complete";

    public static BucksScenario load(RunningServices services) {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        URI engagement = services.engagement();
        String name = "Buckinghamshire Local Industrial Strategy " + suffix;
        String programme = ServiceCalls.post(engagement, "/api/programmes", "officer", Map.of(
                "name", name,
                "adoptionTargetDate", "2019-03-29",
                "phases", List.of(
                        phase("P1", "Evidence gathering", "2018-06-01", "2018-08-31", EVIDENCE_MILESTONE, "2018-08-31"),
                        phase("P2", "Engagement", "2018-09-01", "2018-11-30", WORKSHOPS_MILESTONE, "2018-10-31"),
                        phase("P3", "Drafting", "2018-12-01", "2019-03-29", "Draft to government", "2019-02-28")),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 0))).path("id").asText();
        Map<String, String> partners = new LinkedHashMap<>();
        partners.put("silverstone", partner(engagement, "Silverstone Park " + suffix, "BUSINESS",
                "high-performance-engineering", "MOBILITY", "Aylesbury Vale", true));
        partners.put("university", partner(engagement, "Buckinghamshire New University " + suffix, "UNIVERSITY",
                "creative-industries", "AI_AND_DATA", "Wycombe", false));
        partners.put("westcott", partner(engagement, "Westcott Space Cluster " + suffix, "BUSINESS", "space",
                "CLEAN_GROWTH", "Aylesbury Vale", false));
        partners.put("council", partner(engagement, "Buckinghamshire Council " + suffix, "LOCAL_AUTHORITY",
                "public-services", "AGEING_SOCIETY", "Aylesbury Vale", true));
        // a contact whose personal data the board must never see
        ServiceCalls.post(engagement, "/api/partners/" + partners.get("council") + "/contacts", "officer", Map.of(
                "name", "Pat Contact", "role", "Head of growth", "email", "pat.contact@example.org",
                "phone", "01234 567890", "lawfulBasis", "PUBLIC_TASK"));
        activity(engagement, partners.get("university"), programme, "MEETING", "2018-09-20",
                "Creative industries skills meeting", "AI_AND_DATA");
        activity(engagement, partners.get("westcott"), programme, "ROUND_TABLE", "2018-10-20",
                "Space cluster round table", "CLEAN_GROWTH");
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("programmeId", programme);
        workshop.put("phaseCode", "P2");
        workshop.put("title", "Mobility and engineering workshop " + suffix);
        workshop.put("themes", List.of("MOBILITY"));
        workshop.put("startsAt", "2018-10-03T09:00:00Z");
        workshop.put("endsAt", "2018-10-03T12:00:00Z");
        workshop.put("venue", "Silverstone");
        workshop.put("capacity", 30);
        workshop.put("facilitator", "LIS consultants");
        workshop.put("hypothesisIds", List.of());
        String workshopId = ServiceCalls.post(services.workshop(), "/api/workshops", "officer", workshop)
                .path("id").asText();
        String path = "/api/workshops/" + workshopId;
        ServiceCalls.post(services.workshop(), path + "/invitations", "officer",
                Map.of("partnerId", partners.get("silverstone"), "sentAt", "2018-09-10T09:00:00Z"));
        ServiceCalls.post(services.workshop(), path + "/attendance", "facilitator", Map.of(
                "partnerId", partners.get("silverstone"), "checkedInAt", "2018-10-03T09:10:00Z", "walkIn", false));
        BucksScenario scenario = new BucksScenario(programme, name, partners, workshopId);
        scenario.awaitCoverage(engagement);
        return scenario;
    }

    /** Waits until the engagement service's coverage has the attendance, recorded by the other service. */
    private void awaitCoverage(URI engagement) {
        for (int i = 0; i < 150; i++) {
            JsonNode coverage = ServiceCalls.get(engagement, "/api/programmes/" + programmeId
                    + "/coverage?asOf=2018-10-31", "board");
            if (coverage.path("totals").path("engaged").asInt() == 3) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The scenario's coverage never reached 3 engaged partners");
    }

    private static Map<String, Object> phase(String code, String name, String startsOn, String endsOn,
                                             String milestone, String dueOn) {
        return Map.of("code", code, "name", name, "startsOn", startsOn, "endsOn", endsOn,
                "milestones", List.of(Map.of("name", milestone, "dueOn", dueOn)));
    }

    private static String partner(URI engagement, String name, String type, String sector, String theme,
                                  String district, boolean key) {
        return ServiceCalls.post(engagement, "/api/partners", "officer", Map.of("name", name, "type", type,
                "sectors", List.of(sector), "themes", List.of(theme), "district", district, "keyPartner", key))
                .path("id").asText();
    }

    private static void activity(URI engagement, String partnerId, String programmeId, String kind, String on,
                                 String summary, String theme) {
        ServiceCalls.post(engagement, "/api/partners/" + partnerId + "/activities", "officer", Map.of("kind", kind,
                "occurredOn", on, "summary", summary, "programmeId", programmeId, "themes", List.of(theme)));
    }
}
