package org.lis.engagement.coverage.query;

import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small programme history whose coverage figures are worked out by hand in the tests:
 * <ul>
 *   <li>A (key university, AI): invited 25 Jul, accepted 27 Jul, attended W1 15 Aug, feedback 15 Aug.</li>
 *   <li>B (key council, mobility): invited to W2 25 Jul, accepted 28 Jul; W2 cancelled 10 Aug; invited to
 *       W1 12 Aug, accepted 13 Aug, declined 14 Aug.</li>
 *   <li>C (business, clean growth): invited to W1 on 26 Jul, but that was only recorded on 20 Aug.</li>
 *   <li>D (business, AI): a meeting on 10 Jun not tied to any programme; reclassified from 1 Sep as a key
 *       industry body on ageing society.</li>
 *   <li>E (voluntary sector, ageing society, registered on 20 Aug): a written submission on H1, 25 Aug.</li>
 * </ul>
 */
public final class SmallHistory {

    public static final String P = "prog-1";
    public static final String A = "p-a";
    public static final String B = "p-b";
    public static final String C = "p-c";
    public static final String D = "p-d";
    public static final String E = "p-e";
    public static final String W1 = "w-1";
    public static final String W2 = "w-2";
    public static final String H1 = "h-1";

    private SmallHistory() {
    }

    /** A test bed of its own with this history recorded; the test closes it. */
    public static CoverageTestBed recorded() {
        CoverageTestBed bed = new CoverageTestBed();
        record(bed);
        return bed;
    }

    private static void record(CoverageTestBed bed) {
        bed.record(new ProgrammeDefinedEvent(P, "Test LIS", LocalDate.parse("2018-12-31"), List.of(
                new Phase("P1", "Evidence", LocalDate.parse("2018-06-01"), LocalDate.parse("2018-07-31"), List.of()),
                new Phase("P2", "Engagement", LocalDate.parse("2018-08-01"), LocalDate.parse("2018-09-30"), List.of()),
                new Phase("P3", "Writing", LocalDate.parse("2018-10-01"), LocalDate.parse("2019-01-31"), List.of())),
                new ReadinessRules(true, 1, 2)), "2018-05-01T08:00:00Z");
        register(bed, A, "Alpha University", PartnerType.UNIVERSITY, Theme.AI_AND_DATA, "Buckingham", true,
                "2018-05-01T09:00:00Z");
        register(bed, B, "Beta Council", PartnerType.LOCAL_AUTHORITY, Theme.MOBILITY, "Aylesbury Vale", true,
                "2018-05-01T09:00:00Z");
        register(bed, C, "Gamma Ltd", PartnerType.BUSINESS, Theme.CLEAN_GROWTH, "Wycombe", false,
                "2018-05-01T09:00:00Z");
        register(bed, D, "Delta Ltd", PartnerType.BUSINESS, Theme.AI_AND_DATA, "Wycombe", false,
                "2018-05-01T09:00:00Z");
        bed.record(new EngagementActivityRecordedEvent(D, "act-1", ActivityKind.MEETING, LocalDate.parse("2018-06-10"),
                "Supply chain meeting", null, List.of()), "2018-06-11T09:00:00Z");
        bed.record(new HypothesisProposedEvent(H1, P, "AI centre", "An AI centre", List.of(Theme.AI_AND_DATA),
                List.of()), "2018-07-01T09:00:00Z");
        bed.record(new WorkshopScheduledEvent(W1, P, "P2", "AI workshop", List.of(Theme.AI_AND_DATA),
                Instant.parse("2018-08-15T09:00:00Z"), Instant.parse("2018-08-15T12:00:00Z"), "Buckingham", 20,
                "Fran", List.of(H1)), "2018-07-20T09:00:00Z");
        bed.record(new WorkshopScheduledEvent(W2, P, "P2", "Mobility workshop", List.of(Theme.MOBILITY),
                Instant.parse("2018-08-20T09:00:00Z"), Instant.parse("2018-08-20T12:00:00Z"), "Aylesbury", 20,
                "Fran", List.of()), "2018-07-20T09:00:00Z");
        invite(bed, W1, "i-a1", A, "2018-07-25T10:00:00Z", "2018-07-25T10:00:00Z");
        rsvp(bed, W1, "i-a1", A, RsvpResponse.ACCEPTED, "2018-07-27T10:00:00Z");
        invite(bed, W2, "i-b2", B, "2018-07-25T10:00:00Z", "2018-07-25T10:00:00Z");
        rsvp(bed, W2, "i-b2", B, RsvpResponse.ACCEPTED, "2018-07-28T10:00:00Z");
        bed.record(new WorkshopCancelledEvent(W2, P, "Venue lost", Instant.parse("2018-08-10T12:00:00Z")),
                "2018-08-10T12:00:00Z");
        invite(bed, W1, "i-b1", B, "2018-08-12T10:00:00Z", "2018-08-12T10:00:00Z");
        rsvp(bed, W1, "i-b1", B, RsvpResponse.ACCEPTED, "2018-08-13T10:00:00Z");
        rsvp(bed, W1, "i-b1", B, RsvpResponse.DECLINED, "2018-08-14T10:00:00Z");
        bed.record(new AttendeeCheckedInEvent(W1, P, A, null, Instant.parse("2018-08-15T09:05:00Z"), false),
                "2018-08-15T09:05:00Z");
        bed.record(new FeedbackRecordedEvent(W1, P, "f-a", H1, A, Stance.SUPPORT, 4, "Yes", false,
                Instant.parse("2018-08-15T11:00:00Z")), "2018-08-15T11:00:00Z");
        register(bed, E, "Epsilon Trust", PartnerType.VOLUNTARY_SECTOR, Theme.AGEING_SOCIETY, null, false,
                "2018-08-20T09:00:00Z");
        invite(bed, W1, "i-c1", C, "2018-07-26T10:00:00Z", "2018-08-20T10:00:00Z");
        bed.record(new FeedbackRecordedEvent(W1, P, "f-e", H1, E, Stance.CONDITIONAL, 3, "If funded", true,
                Instant.parse("2018-08-25T10:00:00Z")), "2018-08-25T10:00:00Z");
        bed.record(new PartnerUpdatedEvent(D, "Delta Ltd", new PartnerClassification(PartnerType.INDUSTRY_BODY,
                List.of("life-sciences"), List.of(Theme.AGEING_SOCIETY), "Wycombe", true),
                LocalDate.parse("2018-09-01")), "2018-09-01T10:00:00Z");
    }

    private static void register(CoverageTestBed bed, String id, String name, PartnerType type, Theme theme,
                                 String district, boolean key, String recordedAt) {
        bed.record(new PartnerRegisteredEvent(id, name, new PartnerClassification(type, List.of("sector-" + id),
                List.of(theme), district, key), LocalDate.parse("2018-05-01")), recordedAt);
    }

    private static void invite(CoverageTestBed bed, String workshop, String invitation, String partner, String sentAt,
                               String recordedAt) {
        bed.record(new PartnerInvitedEvent(workshop, P, invitation, partner, null, Instant.parse(sentAt)), recordedAt);
    }

    private static void rsvp(CoverageTestBed bed, String workshop, String invitation, String partner,
                             RsvpResponse response, String at) {
        bed.record(new RsvpRecordedEvent(workshop, P, invitation, partner, response, Instant.parse(at)), at);
    }
}
