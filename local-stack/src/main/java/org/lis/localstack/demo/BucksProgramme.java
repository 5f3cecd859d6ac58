package org.lis.localstack.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.List.of;

/**
 * The Buckinghamshire Local Industrial Strategy of the 2018 board paper (shared/seed-board-report.md). The
 * programme, its phases and milestones, the partners the paper names and the meetings it reports come from
 * {@link PaperFacts}; the rest is illustrative and says so in its own text: the businesses, the phase-2
 * workshops and their feedback ({@link DemoWorkshops}), all hypotheses but the paper's AI centre, and a few later
 * activities. Gaps are left as a real programme would have them, and are illustrative too: an illustrative
 * life-sciences network, a key partner, is never engaged, and two hypotheses have fewer than three partners'
 * feedback. BTVLEP convenes the strategy: the programme names it as convenor, so its coverage leaves BTVLEP out.
 * The standing groups and the consultation window of the paper are loaded from {@link PaperFacts} too.
 */
final class BucksProgramme {

    static final String NAME = "Buckinghamshire Local Industrial Strategy";

    private static final List<String> ALL_THEMES = of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    private static final String OUTSIDE = "Outside Buckinghamshire";
    private static final String AV = "Aylesbury Vale";

    private BucksProgramme() {
    }

    /** The programme as the paper gives it, convened by {@code convenorId} (BTVLEP's). */
    static Map<String, Object> programme(String convenorId) {
        return Map.of("name", NAME, "adoptionTargetDate", PaperFacts.ADOPTION_TARGET,
                "phases", PaperFacts.phases().stream().map(BucksProgramme::phase).toList(),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 2,
                        "minFeedbackPerHypothesis", 3),
                "convenorPartnerId", convenorId);
    }

    static List<DemoPartner> partners() {
        return of(
                // Named in the paper (its section in brackets), or, for SEMLEP, one of the other corridor LEPs.
                new DemoPartner("btvlep", "Buckinghamshire Thames Valley LEP (BTVLEP)", "LEP",
                        of("economic-development"), ALL_THEMES, AV, false), // the convenor [1]
                new DemoPartner("bcc", "Buckinghamshire County Council (BCC)", "LOCAL_AUTHORITY",
                        of("public-sector"), of("AGEING_SOCIETY", "MOBILITY", "CLEAN_GROWTH"), AV, true), // [2]
                new DemoPartner("avdc", "Aylesbury Vale District Council (AVDC)", "LOCAL_AUTHORITY",
                        of("public-sector"), of("MOBILITY", "CLEAN_GROWTH"), AV, true), // [2]
                new DemoPartner("uob", "University of Buckingham", "UNIVERSITY",
                        of("ai-research", "life-sciences"), of("AI_AND_DATA", "AGEING_SOCIETY"), AV, true), // [4]
                new DemoPartner("civil-servants", "Senior civil servants supporting the Industrial Strategy and "
                        + "Growth Corridor", "CENTRAL_GOVERNMENT", of("public-sector"), ALL_THEMES, OUTSIDE,
                        false), // [4]
                new DemoPartner("analysts", "Government analysts", "CENTRAL_GOVERNMENT",
                        of("public-sector"), ALL_THEMES, OUTSIDE, false), // [1]
                new DemoPartner("national-lis", "National Local Industrial Strategy team", "CENTRAL_GOVERNMENT",
                        of("public-sector"), ALL_THEMES, OUTSIDE, false), // [1]
                new DemoPartner("beis", "BEIS/DCLG research team", "CENTRAL_GOVERNMENT",
                        of("public-sector"), ALL_THEMES, OUTSIDE, false), // [4]
                new DemoPartner("uksa", "UK Space Agency", "CENTRAL_GOVERNMENT",
                        of("space"), of("AI_AND_DATA", "MOBILITY"), OUTSIDE, true), // [5]
                new DemoPartner("brunel", "Brunel University", "UNIVERSITY",
                        of("aviation"), of("CLEAN_GROWTH", "MOBILITY"), OUTSIDE, true), // [5]
                new DemoPartner("rhul", "Royal Holloway, University of London", "UNIVERSITY",
                        of("creative-industries"), of("AI_AND_DATA"), OUTSIDE, false), // [5]
                new DemoPartner("silverstone", "Silverstone technology cluster", "INDUSTRY_BODY",
                        of("high-performance-engineering"), of("MOBILITY", "CLEAN_GROWTH"), AV, true), // [5]
                new DemoPartner("oxlep", "Oxfordshire LEP", "LEP",
                        of("economic-development"), ALL_THEMES, OUTSIDE, false), // [2, 4]
                new DemoPartner("semlep", "South East Midlands LEP", "LEP",
                        of("economic-development"), ALL_THEMES, OUTSIDE, false),
                // Illustrative: the key partner the board finds never engaged.
                new DemoPartner("lifesci", "Buckinghamshire Life Sciences Network (illustrative)", "INDUSTRY_BODY",
                        of("life-sciences"), of("AGEING_SOCIETY"), AV, true),
                business("westcott", "Westcott Propulsion Test Ltd", "space", of("MOBILITY", "CLEAN_GROWTH"), AV),
                business("orbital", "Chiltern Orbital Data", "space", of("AI_AND_DATA"), "Chiltern"),
                business("airpark", "Wycombe Air Park Services", "aviation", of("CLEAN_GROWTH"), "Wycombe"),
                business("greenair", "Greenfield Sustainable Aviation", "aviation", of("CLEAN_GROWTH"), "South Bucks"),
                business("pinewood", "Iver Story Studio", "creative-industries", of("AI_AND_DATA"), "South Bucks"),
                business("amersham", "Amersham VR Works", "creative-industries", of("AI_AND_DATA"), "Chiltern"),
                business("composites", "Silverstone Composites", "high-performance-engineering", of("MOBILITY"), AV),
                business("marlow", "Marlow Motorsport Electronics", "high-performance-engineering",
                        of("MOBILITY", "CLEAN_GROWTH"), "Wycombe"),
                business("freight", "Aylesbury Freight Electrification", "logistics", of("MOBILITY", "CLEAN_GROWTH"),
                        AV),
                business("rehab", "Stoke Mandeville Rehab Tech", "life-sciences", of("AGEING_SOCIETY"), AV),
                business("chesham", "Chesham Diagnostics", "life-sciences", of("AGEING_SOCIETY"), "Chiltern"),
                business("wendover", "Wendover Medtech", "life-sciences", of("AGEING_SOCIETY"), AV),
                business("ailabs", "Buckingham AI Labs", "ai-research", of("AI_AND_DATA"), AV),
                business("carebots", "High Wycombe Care Robotics", "ai-research", of("AI_AND_DATA"), "Wycombe"),
                business("cleanenergy", "Beaconsfield Clean Energy", "clean-energy", of("CLEAN_GROWTH"),
                        "South Bucks"));
    }

    /** A reclassification: the care-robotics firm moved into the ageing-society challenge from 1 September. */
    static DemoPartner carebotsFromSeptember() {
        return new DemoPartner("carebots", "High Wycombe Care Robotics (illustrative)", "BUSINESS",
                of("ai-research", "life-sciences"), of("AI_AND_DATA", "AGEING_SOCIETY"), "Wycombe", false);
    }

    static final String CAREBOTS_EFFECTIVE_ON = "2018-09-01";

    /** The paper's meetings, each one activity with every partner present, then the illustrative later ones. */
    static List<DemoActivity> activities() {
        List<DemoActivity> paper = PaperFacts.meetings().stream()
                .map(m -> new DemoActivity(m.key(), m.partners(), m.kind(), m.on(), m.summary(), m.forProgramme(),
                        m.themes()))
                .toList();
        List<DemoActivity> illustrative = of(
                new DemoActivity("brunel-call", of("brunel"), "CALL", "2018-06-20",
                        "Sustainable Airports science and innovation audit: findings for the evidence base "
                                + "(illustrative)", true, of("CLEAN_GROWTH")),
                new DemoActivity("avdc-evidence", of("avdc"), "STEERING_GROUP", "2018-07-24",
                        "Evidence base presented to the board and steering group (illustrative: the paper plans it "
                                + "for 24 July)", true, ALL_THEMES),
                new DemoActivity("rhul-submission", of("rhul"), "WRITTEN_SUBMISSION", "2018-09-14",
                        "StoryFutures: written evidence on the creative industries cluster (illustrative)", true,
                        of("AI_AND_DATA")));
        return Stream.concat(paper.stream(), illustrative.stream()).toList();
    }

    /** The paper's AI centre, then illustrative hypotheses on the clusters the paper names. */
    static List<DemoHypothesis> hypotheses() {
        return of(
                PaperFacts.aiCentre(),
                new DemoHypothesis("story-futures", "Immersive storytelling cluster (illustrative)",
                        "Royal Holloway's StoryFutures programme can grow an immersive storytelling cluster "
                                + "around the county's film studios", of("AI_AND_DATA"), of("creative-industries")),
                new DemoHypothesis("upstream-space", "Upstream space at Westcott (illustrative)",
                        "Westcott can grow an upstream space cluster on the findings of the Upstream Space audit",
                        of("MOBILITY", "CLEAN_GROWTH"), of("space")),
                new DemoHypothesis("airports", "Sustainable airports test bed (illustrative)",
                        "Buckinghamshire's airfields can host a sustainable aviation test bed on the findings of "
                                + "the Sustainable Airports audit", of("CLEAN_GROWTH"), of("aviation")),
                new DemoHypothesis("hpe-mobility", "High-performance engineering for future mobility (illustrative)",
                        "The Silverstone cluster can lead the supply chain for electric and autonomous vehicles",
                        of("MOBILITY"), of("high-performance-engineering")),
                new DemoHypothesis("assistive-tech", "Assistive technology test bed (illustrative)",
                        "Stoke Mandeville's rehabilitation expertise and local life-sciences firms can make the "
                                + "county a test bed for assistive technology", of("AGEING_SOCIETY"),
                        of("life-sciences")));
    }

    /**
     * Responses to the paper's consultation window: the paper has none (the window opens after it), so these are
     * illustrative and come from illustrative businesses only, no opinion being put to a real organisation.
     */
    static List<DemoResponse> consultationResponses() {
        return of(
                new DemoResponse("composites", "composites", "2018-10-19", "CONDITIONAL",
                        "Supports the mobility priorities if the supply-chain programme reaches small firms "
                                + "(illustrative)"),
                new DemoResponse("ailabs", "ailabs", "2018-11-09", "SUPPORT",
                        "Supports the AI research centre at Buckingham as the strategy's lead proposal "
                                + "(illustrative)"),
                new DemoResponse("chesham", "chesham", "2018-11-22", "NEUTRAL",
                        "Asks that life sciences be named among the growth drivers (illustrative)"));
    }

    static List<DemoWorkshop> workshops() {
        return DemoWorkshops.all();
    }

    private static DemoPartner business(String key, String name, String sector, List<String> themes, String district) {
        return new DemoPartner(key, name + " (illustrative)", "BUSINESS", of(sector), themes, district, false);
    }

    private static Map<String, Object> phase(PaperFacts.PaperPhase phase) {
        return Map.of("code", phase.code(), "name", phase.name(), "startsOn", phase.startsOn(),
                "endsOn", phase.endsOn(), "startsOnPrecision", phase.precision().api(),
                "endsOnPrecision", phase.precision().api(), "milestones", phase.milestones().stream()
                        .map(m -> Map.of("name", m.name(), "dueOn", m.dueOn(), "precision", m.precision().api()))
                        .toList());
    }
}
