package org.lis.console.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A workshop as its facilitator works with it on the day: the workshop with everything recorded at it (the
 * API's WorkshopDetail), the partner register that names everyone, the hypotheses tabled, and the time now.
 */
public record Room(Map<String, Object> workshop, List<Map<String, Object>> register,
                   List<Map<String, Object>> hypotheses, Instant now) {

    /** How many registered partners a walk-in search shows at most. */
    static final int WALK_IN_RESULTS = 20;

    public String id() {
        return (String) workshop.get("id");
    }

    /** Scheduled, not cancelled or closed: the room takes attendance and feedback. */
    public boolean open() {
        return "SCHEDULED".equals(workshop.get("status"));
    }

    public boolean started() {
        Object startsAt = workshop.get("startsAt");
        return startsAt != null && !now.isBefore(Instant.parse(startsAt.toString()));
    }

    public String name(String partnerId) {
        return register.stream().filter(p -> partnerId != null && partnerId.equals(p.get("id")))
                .map(p -> (String) p.get("name")).findFirst().orElse("A partner no longer in the register");
    }

    /** Invited partners and walk-ins, by name. */
    public List<CheckInRow> checkInRows() {
        Map<String, Map<String, Object>> checkedIn = byPartner("attendance");
        Set<String> noShows = byPartner("noShows").keySet();
        Map<String, CheckInRow> rows = new LinkedHashMap<>();
        for (Map<String, Object> invitation : list("invitations")) {
            String partnerId = (String) invitation.get("partnerId");
            Map<String, Object> attended = checkedIn.get(partnerId);
            rows.put(partnerId, new CheckInRow(partnerId, name(partnerId), true, (String) invitation.get("response"),
                    attended == null ? null : String.valueOf(attended.get("checkedInAt")), false,
                    noShows.contains(partnerId)));
        }
        checkedIn.forEach((partnerId, attended) -> rows.computeIfAbsent(partnerId, id -> new CheckInRow(id, name(id),
                false, null, String.valueOf(attended.get("checkedInAt")), true, false)));
        return rows.values().stream()
                .sorted(Comparator.comparing(row -> Names.normalise(row.name()))).toList();
    }

    /** Registered partners neither invited nor checked in whose name holds {@code search}: who may walk in. */
    public List<Map<String, Object>> walkInCandidates(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        Set<String> listed = new LinkedHashSet<>(byPartner("invitations").keySet());
        listed.addAll(byPartner("attendance").keySet());
        String wanted = Names.normalise(search);
        return register.stream().filter(p -> !listed.contains(p.get("id")))
                .filter(p -> Names.normalise((String) p.get("name")).contains(wanted))
                .sorted(Comparator.comparing(p -> Names.normalise((String) p.get("name"))))
                .limit(WALK_IN_RESULTS).toList();
    }

    public boolean checkedIn(String partnerId) {
        return byPartner("attendance").containsKey(partnerId);
    }

    public boolean noShow(String partnerId) {
        return byPartner("noShows").containsKey(partnerId);
    }

    public boolean invited(String partnerId) {
        return byPartner("invitations").containsKey(partnerId);
    }

    /** Partners checked in, by name: who can give feedback in the room. */
    public List<Map<String, Object>> attendees() {
        Set<String> present = byPartner("attendance").keySet();
        return named(register.stream().filter(p -> present.contains(p.get("id"))).toList());
    }

    /** Registered partners not checked in, by name: their feedback can only be a written submission. */
    public List<Map<String, Object>> notPresent() {
        Set<String> present = byPartner("attendance").keySet();
        return named(register.stream().filter(p -> !present.contains(p.get("id"))).toList());
    }

    public Map<String, Object> hypothesis(String hypothesisId) {
        return hypotheses.stream().filter(h -> h.get("id").equals(hypothesisId)).findFirst().orElse(null);
    }

    public List<Map<String, Object>> feedback() {
        return list("feedback");
    }

    /** The feedback on one hypothesis, by partner name. */
    public List<Map<String, Object>> feedbackOn(String hypothesisId) {
        return feedback().stream().filter(f -> hypothesisId.equals(f.get("hypothesisId")))
                .sorted(Comparator.comparing(f -> Names.normalise(name((String) f.get("partnerId"))))).toList();
    }

    public Map<String, Object> feedbackItem(String feedbackId) {
        return feedback().stream().filter(f -> f.get("id").equals(feedbackId)).findFirst().orElse(null);
    }

    public StanceTally tally(String hypothesisId) {
        return StanceTally.of(feedback(), hypothesisId);
    }

    public int attended() {
        return byPartner("attendance").size();
    }

    public int walkIns() {
        return (int) list("attendance").stream().filter(a -> Boolean.TRUE.equals(a.get("walkIn"))).count();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String field) {
        Object value = workshop.get(field);
        // a check-in or an invitation withdrawn (recorded in error) is as if it had not been: the partner may be
        // checked in or invited again
        return value instanceof List<?> items ? ((List<Map<String, Object>>) items).stream()
                .filter(item -> item.get("withdrawnAt") == null).toList() : List.of();
    }

    private Map<String, Map<String, Object>> byPartner(String field) {
        return list(field).stream().collect(Collectors.toMap(item -> (String) item.get("partnerId"), item -> item,
                (first, second) -> first, LinkedHashMap::new));
    }

    private static List<Map<String, Object>> named(List<Map<String, Object>> partners) {
        List<Map<String, Object>> sorted = new ArrayList<>(partners);
        sorted.sort(Comparator.comparing(p -> Names.normalise((String) p.get("name"))));
        return sorted;
    }
}
