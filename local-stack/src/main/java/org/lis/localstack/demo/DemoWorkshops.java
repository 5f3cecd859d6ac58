package org.lis.localstack.demo;

import org.lis.localstack.demo.DemoWorkshop.Feedback;
import org.lis.localstack.demo.DemoWorkshop.Invite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static java.util.List.of;

/**
 * Phase 2 of the demo programme: a workshop on each Grand Challenge, August to September 2018 (times UTC). All
 * illustrative, and titled so: the paper plans phase-2 workshops but names none. Opinions come only from
 * illustrative businesses; a real organisation's feedback is NEUTRAL with no comment, so the demo puts no view in
 * its mouth. BTVLEP convenes the workshops, so it is neither invited nor checked in.
 */
final class DemoWorkshops {

    private DemoWorkshops() {
    }

    static List<DemoWorkshop> all() {
        return of(ai(), cleanGrowth(), mobility(), ageing(), cancelledFollowUp());
    }

    private static DemoWorkshop ai() {
        String sent = "2018-07-30T09:00:00Z";
        return new DemoWorkshop("ai", "Artificial intelligence and data (illustrative)", of("AI_AND_DATA"),
                "2018-08-14T08:30:00Z", "2018-08-14T12:00:00Z", "University of Buckingham", 30,
                of("ai-centre", "story-futures"),
                of(accepted("uob", sent), accepted("ailabs", sent),
                        accepted("orbital", sent), declined("rhul", sent), accepted("pinewood", sent),
                        new Invite("amersham", sent, "TENTATIVE", "2018-08-06T10:00:00Z"),
                        accepted("carebots", sent), accepted("beis", sent)),
                of("uob", "ailabs", "orbital", "pinewood", "beis"), of(), of("carebots"),
                of(noView("ai-centre", "uob", "2018-08-14T10:30:00Z"),
                        said("ai-centre", "ailabs", "SUPPORT", 4, "Access to doctoral talent is our constraint",
                                "2018-08-14T10:35:00Z"),
                        said("ai-centre", "orbital", "CONDITIONAL", 3, "Only with open access to compute",
                                "2018-08-14T10:40:00Z"),
                        noView("ai-centre", "beis", "2018-08-14T10:45:00Z"),
                        said("story-futures", "pinewood", "SUPPORT", 4, "Studios want the R&D link",
                                "2018-08-14T11:15:00Z"),
                        new Feedback("story-futures", "rhul", "NEUTRAL", 3, null, true, "2018-08-20T12:00:00Z")),
                null, null);
    }

    private static DemoWorkshop cleanGrowth() {
        String sent = "2018-08-13T09:00:00Z";
        return new DemoWorkshop("clean", "Clean growth (illustrative)", of("CLEAN_GROWTH"),
                "2018-08-29T08:30:00Z", "2018-08-29T12:00:00Z", "Westcott Venture Park", 30,
                of("airports", "upstream-space"),
                of(accepted("bcc", sent), accepted("avdc", sent), accepted("brunel", sent), accepted("airpark", sent),
                        accepted("greenair", sent), accepted("cleanenergy", sent), accepted("westcott", sent)),
                of("bcc", "avdc", "brunel", "airpark", "greenair", "westcott"), of(), of("cleanenergy"),
                of(noView("airports", "brunel", "2018-08-29T10:30:00Z"),
                        said("airports", "airpark", "SUPPORT", 4, "Our runway is available", "2018-08-29T10:35:00Z"),
                        said("airports", "greenair", "CONDITIONAL", 3, "If fuel supply is funded",
                                "2018-08-29T10:40:00Z"),
                        noView("airports", "avdc", "2018-08-29T10:45:00Z"),
                        said("upstream-space", "westcott", "SUPPORT", 5, "Propulsion testing is the anchor",
                                "2018-08-29T11:15:00Z"),
                        noView("upstream-space", "bcc", "2018-08-29T11:20:00Z")),
                null, null);
    }

    private static DemoWorkshop mobility() {
        String sent = "2018-08-20T09:00:00Z";
        return new DemoWorkshop("mobility", "Future of mobility (illustrative)", of("MOBILITY"),
                "2018-09-06T08:30:00Z", "2018-09-06T12:00:00Z", "Silverstone Park", 40,
                of("hpe-mobility", "upstream-space"),
                of(accepted("silverstone", sent), accepted("composites", sent), accepted("marlow", sent),
                        accepted("freight", sent), accepted("bcc", sent), accepted("westcott", sent),
                        new Invite("oxlep", sent, "TENTATIVE", "2018-08-24T10:00:00Z")),
                of("silverstone", "composites", "marlow", "freight", "bcc", "westcott"), of("semlep"), of(),
                of(noView("hpe-mobility", "silverstone", "2018-09-06T10:30:00Z"),
                        said("hpe-mobility", "composites", "SUPPORT", 4, "Lightweighting is our strength",
                                "2018-09-06T10:35:00Z"),
                        said("hpe-mobility", "marlow", "SUPPORT", 4, "Power electronics skills are short",
                                "2018-09-06T10:40:00Z"),
                        said("hpe-mobility", "freight", "CONDITIONAL", 3, "Needs grid capacity at the depots",
                                "2018-09-06T10:45:00Z"),
                        noView("upstream-space", "silverstone", "2018-09-06T11:15:00Z")),
                null, null);
    }

    private static DemoWorkshop ageing() {
        String sent = "2018-08-27T09:00:00Z";
        return new DemoWorkshop("ageing", "Ageing society (illustrative)", of("AGEING_SOCIETY"),
                "2018-09-13T08:30:00Z", "2018-09-13T12:00:00Z", "Stoke Mandeville, Aylesbury", 25,
                of("assistive-tech"),
                of(accepted("rehab", sent), accepted("chesham", sent), accepted("carebots", sent), declined("bcc", sent),
                        accepted("uob", sent), declined("lifesci", sent)),
                of("rehab", "chesham", "carebots", "uob"), of(), of(),
                of(said("assistive-tech", "rehab", "SUPPORT", 5, "Clinical partners are in place",
                                "2018-09-13T10:30:00Z"),
                        said("assistive-tech", "chesham", "CONDITIONAL", 4, "Needs NHS procurement routes",
                                "2018-09-13T10:40:00Z")),
                null, null);
    }

    /** Called off for too few acceptances: its invitations no longer count from 10 September. */
    private static DemoWorkshop cancelledFollowUp() {
        String sent = "2018-09-03T09:00:00Z";
        return new DemoWorkshop("clean-wycombe", "Clean growth: Wycombe follow-up (illustrative)", of("CLEAN_GROWTH"),
                "2018-09-20T08:30:00Z", "2018-09-20T11:00:00Z", "High Wycombe", 20, of(),
                of(accepted("cleanenergy", sent), new Invite("wendover", sent, null, null)),
                of(), of(), of(), of(), "2018-09-10T09:00:00Z", "Too few acceptances; merged into the phase-3 "
                + "business case sessions");
    }

    private static Invite accepted(String partner, String sentAt) {
        return new Invite(partner, sentAt, "ACCEPTED", later(sentAt, 3));
    }

    private static Invite declined(String partner, String sentAt) {
        return new Invite(partner, sentAt, "DECLINED", later(sentAt, 2));
    }

    /** The answer came {@code days} after the invitation, an hour later in the day. */
    private static String later(String sentAt, int days) {
        return Instant.parse(sentAt).plus(Duration.ofDays(days).plusHours(1)).toString();
    }

    /** A real organisation's feedback: recorded as given, but no stance or words the paper does not report. */
    private static Feedback noView(String hypothesis, String partner, String givenAt) {
        return new Feedback(hypothesis, partner, "NEUTRAL", 3, null, false, givenAt);
    }

    private static Feedback said(String hypothesis, String partner, String stance, int confidence, String comment,
                                 String givenAt) {
        return new Feedback(hypothesis, partner, stance, confidence, comment, false, givenAt);
    }
}
