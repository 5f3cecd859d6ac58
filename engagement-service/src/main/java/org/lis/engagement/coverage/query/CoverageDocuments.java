package org.lis.engagement.coverage.query;

import org.bson.Document;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** Reads the projection's documents back into the records coverage is computed from. */
final class CoverageDocuments {

    private CoverageDocuments() {
    }

    static PartnerVersion partnerVersion(Document d) {
        return new PartnerVersion(d.getString("partnerId"), d.getBoolean("registration", false), d.getString("name"),
                d.getString("type"), strings(d, "sectors"), strings(d, "themes"), d.getString("district"),
                d.getBoolean("keyPartner", false), date(d.getString("effectiveOn")), instant(d.getDate("recordedAt")));
    }

    static Fact fact(Document d) {
        return new Fact(d.getString("_id"), FactKind.valueOf(d.getString("kind")), d.getString("partnerId"),
                d.getString("programmeId"), date(d.getString("on")), instant(d.getDate("recordedAt")),
                d.getString("workshopId"), d.getString("invitationId"), d.getString("response"),
                d.getString("feedbackId"), d.getString("hypothesisId"), d.getBoolean("writtenSubmission", false),
                d.getString("activityKind"));
    }

    static WorkshopInfo workshop(Document d) {
        List<WorkshopInfo.Tabling> tabled = d.getList("tabled", Document.class, List.of()).stream()
                .map(t -> new WorkshopInfo.Tabling(t.getString("hypothesisId"), instant(t.getDate("recordedAt"))))
                .toList();
        return new WorkshopInfo(d.getString("_id"), d.getString("programmeId"), d.getString("phaseCode"),
                d.getString("title"), strings(d, "themes"), date(d.getString("cancelledOn")),
                instant(d.getDate("cancelledRecordedAt")), tabled);
    }

    static ProgrammeInfo programme(Document d) {
        List<ProgrammeInfo.PhaseInfo> phases = d.getList("phases", Document.class, List.of()).stream()
                .map(p -> new ProgrammeInfo.PhaseInfo(p.getString("code"), p.getString("name"),
                        date(p.getString("startsOn")), date(p.getString("endsOn"))))
                .toList();
        Document r = d.get("readiness", Document.class);
        ReadinessRules rules = r == null ? new ReadinessRules(false, 0, 0) : new ReadinessRules(
                r.getBoolean("keyPartnersEngaged", false), r.getInteger("minEngagedPerTheme", 0),
                r.getInteger("minFeedbackPerHypothesis", 0));
        Document a = d.get("adoption", Document.class);
        ProgrammeInfo.Adoption adoption = a == null ? null : new ProgrammeInfo.Adoption(date(a.getString("adoptedOn")),
                a.getString("overrideReason"), strings(a, "failedChecks"), instant(a.getDate("recordedAt")));
        return new ProgrammeInfo(d.getString("_id"), d.getString("name"), date(d.getString("adoptionTargetDate")),
                phases, rules, adoption);
    }

    private static List<String> strings(Document d, String key) {
        return List.copyOf(d.getList(key, String.class, List.of()));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
