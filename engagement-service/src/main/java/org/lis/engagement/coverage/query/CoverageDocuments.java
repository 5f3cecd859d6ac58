package org.lis.engagement.coverage.query;

import org.bson.Document;
import org.lis.engagement.coverage.query.CoverageFields.Facts;
import org.lis.engagement.coverage.query.CoverageFields.PartnerVersions;
import org.lis.engagement.coverage.query.CoverageFields.Programmes;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.lis.events.programme.ReadinessRules;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.lis.engagement.StoredDates.date;

/** Reads the projection's documents back into the records coverage is computed from. */
final class CoverageDocuments {

    private CoverageDocuments() {
    }

    static PartnerVersion partnerVersion(Document d) {
        return new PartnerVersion(d.getString(PartnerVersions.PARTNER_ID),
                d.getBoolean(PartnerVersions.REGISTRATION, false), d.getString(PartnerVersions.NAME),
                d.getString(PartnerVersions.TYPE), strings(d, PartnerVersions.SECTORS),
                strings(d, PartnerVersions.THEMES),
                d.getString(PartnerVersions.DISTRICT), d.getBoolean(PartnerVersions.KEY_PARTNER, false),
                date(d, PartnerVersions.EFFECTIVE_ON), instant(d, PartnerVersions.RECORDED_AT));
    }

    static Fact fact(Document d) {
        return new Fact(d.getString("_id"), FactKind.valueOf(d.getString(Facts.KIND)), d.getString(Facts.PARTNER_ID),
                d.getString(Facts.PROGRAMME_ID), date(d, Facts.ON), instant(d, Facts.RECORDED_AT),
                d.getString(Facts.WORKSHOP_ID), d.getString(Facts.INVITATION_ID), d.getString(Facts.RESPONSE),
                d.getString(Facts.FEEDBACK_ID), d.getString(Facts.HYPOTHESIS_ID),
                d.getBoolean(Facts.WRITTEN_SUBMISSION, false), d.getString(Facts.ACTIVITY_KIND), d.getString(Facts.REF),
                strings(d, Facts.THEMES), d.getString(Facts.GROUP_ID));
    }

    static WorkshopInfo workshop(Document d) {
        List<WorkshopInfo.Tabling> tabled = d.getList(Workshops.TABLED, Document.class, List.of()).stream()
                .map(t -> new WorkshopInfo.Tabling(t.getString(Workshops.Tabling.HYPOTHESIS_ID),
                        instant(t, Workshops.Tabling.RECORDED_AT)))
                .toList();
        return new WorkshopInfo(d.getString("_id"), d.getString(Workshops.PROGRAMME_ID),
                d.getString(Workshops.PHASE_CODE), d.getString(Workshops.TITLE), strings(d, Workshops.THEMES),
                date(d, Workshops.CANCELLED_ON), instant(d, Workshops.CANCELLED_RECORDED_AT), tabled);
    }

    static ProgrammeInfo programme(Document d) {
        List<ProgrammeInfo.PhaseInfo> phases = d.getList(Programmes.PHASES, Document.class, List.of()).stream()
                .map(p -> new ProgrammeInfo.PhaseInfo(p.getString(Programmes.Phase.CODE),
                        p.getString(Programmes.Phase.NAME), date(p, Programmes.Phase.STARTS_ON),
                        date(p, Programmes.Phase.ENDS_ON)))
                .toList();
        Document r = d.get(Programmes.READINESS, Document.class);
        ReadinessRules rules = r == null ? new ReadinessRules(false, 0, 0) : new ReadinessRules(
                r.getBoolean(Programmes.Readiness.KEY_PARTNERS_ENGAGED, false),
                r.getInteger(Programmes.Readiness.MIN_ENGAGED_PER_THEME, 0),
                r.getInteger(Programmes.Readiness.MIN_FEEDBACK_PER_HYPOTHESIS, 0));
        Document a = d.get(Programmes.ADOPTION, Document.class);
        ProgrammeInfo.Adoption adoption = a == null ? null : new ProgrammeInfo.Adoption(
                date(a, Programmes.Adoption.ADOPTED_ON), a.getString(Programmes.Adoption.OVERRIDE_REASON),
                strings(a, Programmes.Adoption.FAILED_CHECKS), instant(a, Programmes.Adoption.RECORDED_AT));
        return new ProgrammeInfo(d.getString("_id"), d.getString(Programmes.NAME),
                date(d, Programmes.ADOPTION_TARGET_DATE), phases, rules, adoption,
                d.getString(Programmes.CONVENOR_PARTNER_ID));
    }

    private static List<String> strings(Document d, String key) {
        return List.copyOf(d.getList(key, String.class, List.of()));
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }
}
