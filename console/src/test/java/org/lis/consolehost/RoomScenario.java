package org.lis.consolehost;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A facilitator's day, loaded through the services' API at the services' own time (they run on the system
 * clock): a programme whose engagement phase runs around today, five registered partners, two hypotheses, and
 * three workshops: one that started within the last hour today in London (four partners invited: accepted,
 * tentative, declined, no answer; both hypotheses tabled), one tomorrow, and one today that was cancelled.
 * Nobody is checked in yet. Names carry a suffix: each test loads its own copy on the shared services.
 */
public record RoomScenario(String suffix, String programmeId, Map<String, String> partners,
                           Map<String, String> partnerNames, Map<String, String> hypotheses, String todayId,
                           String todayTitle, String tomorrowId, String tomorrowTitle, String cancelledId) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static RoomScenario load(RunningServices services) {
        return load(services, UUID.randomUUID().toString().substring(0, 4));
    }

    /**
     * The names as they read, without a suffix, for the screenshots in the docs: the register refuses a name
     * twice, so this can be loaded once per run of the shared services.
     */
    public static RoomScenario loadAsNamed(RunningServices services) {
        return load(services, "");
    }

    private static RoomScenario load(RunningServices services, String suffix) {
        URI engagement = services.engagement();
        URI workshop = services.workshop();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String programmeId = ServiceCalls.post(engagement, "/api/programmes", "officer", Map.of(
                "name", named("Vale Local Industrial Strategy", suffix),
                "adoptionTargetDate", utcToday.plusDays(200).toString(),
                "phases", List.of(Map.of("code", "P2", "name", "Engagement",
                        "startsOn", utcToday.minusDays(60).toString(), "endsOn", utcToday.plusDays(90).toString(),
                        "milestones", List.of(Map.of("name", "Workshops complete",
                                "dueOn", utcToday.plusDays(60).toString())))),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 0))).path("id").asText();

        Map<String, String> names = new LinkedHashMap<>();
        names.put("silverstone", named("Silverstone Park", suffix));
        names.put("university", named("Buckinghamshire New University", suffix));
        names.put("pinewood", named("Pinewood Studios", suffix));
        names.put("westcott", named("Westcott Space Cluster", suffix));
        names.put("council", named("Aylesbury Vale Council", suffix));
        Map<String, String> partners = new LinkedHashMap<>();
        names.forEach((key, name) -> partners.put(key, ServiceCalls.post(engagement, "/api/partners", "officer",
                Map.of("name", name, "type", key.equals("council") ? "LOCAL_AUTHORITY" : "BUSINESS",
                        "sectors", List.of("high-performance-engineering"), "themes", List.of("MOBILITY"),
                        "district", "Aylesbury Vale", "keyPartner", key.equals("silverstone")))
                .path("id").asText()));

        Map<String, String> hypotheses = new LinkedHashMap<>();
        hypotheses.put("ai", hypothesis(workshop, programmeId, named("AI research centre", suffix),
                "The University of Buckingham can anchor an AI research centre for the growth corridor"));
        hypotheses.put("airport", hypothesis(workshop, programmeId, named("Sustainable airport cluster", suffix),
                "Brunel's airport research can seed a cluster of low-carbon aviation suppliers"));

        // started within the last hour, but never yesterday in London
        Instant startOfToday = today.atStartOfDay(LONDON).toInstant();
        Instant started = now.minus(Duration.ofHours(1)).isBefore(startOfToday) ? startOfToday
                : now.minus(Duration.ofHours(1));
        String todayTitle = named("Future of mobility workshop", suffix);
        String todayId = workshop(workshop, programmeId, todayTitle, started, now.plus(Duration.ofHours(3)),
                List.copyOf(hypotheses.values()));
        invite(workshop, todayId, partners.get("silverstone"), "ACCEPTED");
        invite(workshop, todayId, partners.get("university"), "TENTATIVE");
        invite(workshop, todayId, partners.get("pinewood"), "DECLINED");
        invite(workshop, todayId, partners.get("westcott"), null);

        Instant tomorrowMorning = today.plusDays(1).atStartOfDay(LONDON).plusHours(10).toInstant();
        String tomorrowTitle = named("Clean growth workshop", suffix);
        String tomorrowId = workshop(workshop, programmeId, tomorrowTitle, tomorrowMorning,
                tomorrowMorning.plus(Duration.ofHours(3)), List.of(hypotheses.get("ai")));
        invite(workshop, tomorrowId, partners.get("silverstone"), "ACCEPTED");

        String cancelledId = workshop(workshop, programmeId, named("Ageing society round table", suffix), started,
                now.plus(Duration.ofHours(2)), List.of());
        invite(workshop, cancelledId, partners.get("silverstone"), "ACCEPTED");
        ServiceCalls.post(workshop, "/api/workshops/" + cancelledId + "/cancel", "officer",
                Map.of("reason", "The venue flooded"));
        return new RoomScenario(suffix, programmeId, partners, names, hypotheses, todayId, todayTitle, tomorrowId,
                tomorrowTitle, cancelledId);
    }

    /** A name of this scenario: {@code base} with the scenario's suffix, if it has one. */
    public String titled(String base) {
        return named(base, suffix);
    }

    private static String named(String base, String suffix) {
        return suffix.isEmpty() ? base : base + " " + suffix;
    }

    public String partner(String key) {
        return partners.get(key);
    }

    public String name(String key) {
        return partnerNames.get(key);
    }

    private static String hypothesis(URI workshop, String programmeId, String title, String statement) {
        return ServiceCalls.post(workshop, "/api/hypotheses", "facilitator", Map.of("programmeId", programmeId,
                "title", title, "statement", statement, "themes", List.of("MOBILITY"),
                "sectors", List.of("high-performance-engineering"))).path("id").asText();
    }

    private static String workshop(URI workshop, String programmeId, String title, Instant startsAt, Instant endsAt,
                                   List<String> hypothesisIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("phaseCode", "P2");
        body.put("title", title);
        body.put("themes", List.of("MOBILITY"));
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("venue", "Silverstone Innovation Centre");
        body.put("capacity", 30);
        body.put("facilitator", "LIS consultants");
        body.put("hypothesisIds", hypothesisIds);
        return ServiceCalls.post(workshop, "/api/workshops", "officer", body).path("id").asText();
    }

    private static void invite(URI workshop, String workshopId, String partnerId, String rsvp) {
        String invitation = ServiceCalls.post(workshop, "/api/workshops/" + workshopId + "/invitations", "officer",
                Map.of("partnerId", partnerId)).path("id").asText();
        if (rsvp != null) {
            ServiceCalls.post(workshop, "/api/workshops/" + workshopId + "/invitations/" + invitation + "/rsvp",
                    "officer", Map.of("response", rsvp));
        }
    }
}
