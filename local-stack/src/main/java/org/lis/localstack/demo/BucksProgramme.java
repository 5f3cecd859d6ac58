package org.lis.localstack.demo;

import java.util.List;
import java.util.Map;

import static java.util.List.of;

/**
 * The Buckinghamshire Local Industrial Strategy of the 2018 board paper (shared/seed-board-report.md):
 * the programme, the partners it names, illustrative businesses (marked so in their names) across the
 * sectors it names, the 30 April round table, and phase-2 workshops on the four Grand Challenges.
 * Gaps are left as a real programme would have them: the UK Space Agency, a key partner, is never
 * engaged, and two hypotheses have fewer than three partners' feedback.
 */
final class BucksProgramme {

    static final String NAME = "Buckinghamshire Local Industrial Strategy";

    private static final List<String> ALL_THEMES = of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    private static final String OUTSIDE = "Outside Buckinghamshire";
    private static final String AV = "Aylesbury Vale";

    private BucksProgramme() {
    }

    static Map<String, Object> programme() {
        return Map.of("name", NAME, "adoptionTargetDate", "2018-12-31",
                "phases", of(
                        phase("P1", "Evidence base production", "2018-06-01", "2018-07-31",
                                milestone("Inception meeting and contract commencement", "2018-05-29"),
                                milestone("Draft evidence base to steering group and board", "2018-07-16"),
                                milestone("Evidence base presentation to board and steering group", "2018-07-24")),
                        phase("P2", "Stakeholder engagement, workshops and technical facilitation", "2018-08-01",
                                "2018-09-30",
                                milestone("Draft LIS vision to steering group and board (w/c)", "2018-09-24"),
                                milestone("LIS vision presentation to board and steering group", "2018-10-05")),
                        phase("P3", "Outline business cases and strategy writing", "2018-10-01", "2019-01-31",
                                milestone("Draft final LIS to board and steering group (w/c)", "2018-11-23"),
                                milestone("Draft final LIS presentation", "2019-01-11"))),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 2,
                        "minFeedbackPerHypothesis", 3));
    }

    static List<DemoPartner> partners() {
        return of(
                new DemoPartner("btvlep", "Buckinghamshire Thames Valley LEP (BTVLEP)", "LEP",
                        of("economic-development"), ALL_THEMES, AV, true),
                new DemoPartner("bcc", "Buckinghamshire County Council (BCC)", "LOCAL_AUTHORITY",
                        of("public-sector"), of("AGEING_SOCIETY", "MOBILITY", "CLEAN_GROWTH"), AV, true),
                new DemoPartner("avdc", "Aylesbury Vale District Council (AVDC)", "LOCAL_AUTHORITY",
                        of("public-sector"), of("MOBILITY", "CLEAN_GROWTH"), AV, true),
                new DemoPartner("uob", "University of Buckingham", "UNIVERSITY",
                        of("ai-research", "life-sciences"), of("AI_AND_DATA", "AGEING_SOCIETY"), AV, true),
                new DemoPartner("beis", "BEIS/DCLG research team", "CENTRAL_GOVERNMENT",
                        of("public-sector"), ALL_THEMES, OUTSIDE, false),
                new DemoPartner("uksa", "UK Space Agency", "CENTRAL_GOVERNMENT",
                        of("space"), of("AI_AND_DATA", "MOBILITY"), OUTSIDE, true),
                new DemoPartner("brunel", "Brunel University", "UNIVERSITY",
                        of("aviation"), of("CLEAN_GROWTH", "MOBILITY"), OUTSIDE, true),
                new DemoPartner("rhul", "Royal Holloway, University of London", "UNIVERSITY",
                        of("creative-industries"), of("AI_AND_DATA"), OUTSIDE, false),
                new DemoPartner("silverstone", "Silverstone technology cluster", "INDUSTRY_BODY",
                        of("high-performance-engineering"), of("MOBILITY", "CLEAN_GROWTH"), AV, true),
                new DemoPartner("oxlep", "Oxfordshire LEP", "LEP",
                        of("economic-development"), ALL_THEMES, OUTSIDE, false),
                new DemoPartner("semlep", "South East Midlands LEP", "LEP",
                        of("economic-development"), ALL_THEMES, OUTSIDE, false),
                new DemoPartner("taskgroup", "Buckinghamshire Industrial Strategy task-and-finish group", "OTHER",
                        of("economic-development"), ALL_THEMES, AV, true),
                new DemoPartner("steering", "Buckinghamshire LIS steering group", "OTHER",
                        of("economic-development"), ALL_THEMES, AV, true),
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

    static List<DemoActivity> activities() {
        return of(
                roundTable("uob"), roundTable("btvlep"), roundTable("beis"),
                new DemoActivity("beis-meeting", "beis", "MEETING", "2018-05-10",
                        "Meeting on the local evidence base and smart specialisation; support for the tender interviews",
                        true, ALL_THEMES),
                new DemoActivity("corridor-oxlep", "oxlep", "STEERING_GROUP", "2018-05-11",
                        "Cross corridor leaders meeting: steering group for the corridor economic vision", false,
                        ALL_THEMES),
                new DemoActivity("corridor-semlep", "semlep", "STEERING_GROUP", "2018-05-11",
                        "Cross corridor leaders meeting: steering group for the corridor economic vision", false,
                        ALL_THEMES),
                new DemoActivity("brunel-call", "brunel", "CALL", "2018-06-20",
                        "Sustainable Airports science and innovation audit: findings for the evidence base", true,
                        of("CLEAN_GROWTH")),
                new DemoActivity("steering-evidence", "steering", "STEERING_GROUP", "2018-07-24",
                        "Evidence base presentation to the board and steering group", true, ALL_THEMES),
                new DemoActivity("taskgroup-evidence", "taskgroup", "STEERING_GROUP", "2018-07-24",
                        "Task-and-finish group review of the draft evidence base", true, ALL_THEMES),
                new DemoActivity("avdc-evidence", "avdc", "STEERING_GROUP", "2018-07-24",
                        "Evidence base presentation to the board and steering group", true, ALL_THEMES),
                new DemoActivity("rhul-submission", "rhul", "WRITTEN_SUBMISSION", "2018-09-14",
                        "Story Futures: written evidence on the creative industries cluster", true,
                        of("AI_AND_DATA")));
    }

    static List<DemoHypothesis> hypotheses() {
        return of(
                new DemoHypothesis("ai-centre", "AI research centre at Buckingham",
                        "The University of Buckingham can anchor an AI research centre for the corridor",
                        of("AI_AND_DATA"), of("ai-research")),
                new DemoHypothesis("story-futures", "Immersive storytelling cluster",
                        "Royal Holloway's Story Futures programme can grow an immersive storytelling cluster "
                                + "around the county's film studios", of("AI_AND_DATA"), of("creative-industries")),
                new DemoHypothesis("upstream-space", "Upstream space at Westcott",
                        "Westcott can grow an upstream space cluster on the findings of the UK Space Agency's audit",
                        of("MOBILITY", "CLEAN_GROWTH"), of("space")),
                new DemoHypothesis("airports", "Sustainable airports test bed",
                        "Buckinghamshire's airfields can host a sustainable aviation test bed with Brunel University",
                        of("CLEAN_GROWTH"), of("aviation")),
                new DemoHypothesis("hpe-mobility", "High-performance engineering for future mobility",
                        "The Silverstone cluster can lead the supply chain for electric and autonomous vehicles",
                        of("MOBILITY"), of("high-performance-engineering")),
                new DemoHypothesis("assistive-tech", "Assistive technology test bed",
                        "Stoke Mandeville's rehabilitation expertise and local life-sciences firms can make the "
                                + "county a test bed for assistive technology", of("AGEING_SOCIETY"),
                        of("life-sciences")));
    }

    static List<DemoWorkshop> workshops() {
        return DemoWorkshops.all();
    }

    private static DemoPartner business(String key, String name, String sector, List<String> themes, String district) {
        return new DemoPartner(key, name + " (illustrative)", "BUSINESS", of(sector), themes, district, false);
    }

    private static DemoActivity roundTable(String partner) {
        return new DemoActivity("round-table-" + partner, partner, "ROUND_TABLE", "2018-04-30",
                "Round table at the University of Buckingham with senior civil servants on the Industrial Strategy "
                        + "and the growth corridor", true, of("AI_AND_DATA"));
    }

    private static Map<String, Object> phase(String code, String name, String startsOn, String endsOn,
                                             Map<?, ?>... milestones) {
        return Map.of("code", code, "name", name, "startsOn", startsOn, "endsOn", endsOn,
                "milestones", List.of(milestones));
    }

    private static Map<String, Object> milestone(String name, String dueOn) {
        return Map.of("name", name, "dueOn", dueOn);
    }
}
