package org.lis.localstack.demo;

import java.util.List;

import static java.util.List.of;

/**
 * What the 2018 board paper (shared/seed-board-report.md) states, one row a fact, each with the section it is
 * in. Everything else in the demo is illustrative and says so in its own text. The paper gives some facts no
 * date: those are {@link Precision#UNDATED} and recorded on {@link #PAPER_WRITTEN_BY}, and their summaries say
 * so, so that no invented date passes for the paper's.
 */
final class PaperFacts {

    /** How exactly the paper dates a fact: a day, a week ("w/c"), a month ("June – July"), or not at all. */
    enum Precision { DAY, WEEK, MONTH, UNDATED }

    /** A phase as the paper names and dates it (months: the first and last day of the months named). */
    record PaperPhase(String code, String name, String startsOn, String endsOn, Precision precision, String section,
                      List<PaperMilestone> milestones) {
    }

    record PaperMilestone(String name, String dueOn, Precision precision, String section) {
    }

    /**
     * A meeting the paper reports (or schedules), recorded as one activity per partner present; {@code forProgramme}
     * false for corridor-wide engagement that is not the Buckinghamshire programme's.
     */
    record PaperMeeting(String key, String kind, String on, Precision precision, String section, String summary,
                        List<String> partners, List<String> themes, boolean forProgramme) {
    }

    /** A person the paper names, recorded as a contact of their organisation, not in free text. */
    record PaperContact(String partner, String name, String role, String section) {
    }

    /**
     * A standing group and who is (or is to be) on it; {@code ledBy} and {@code invitedBy} null where the paper does
     * not say. The API holds no groups yet, so these are not loaded.
     */
    record PaperGroup(String name, String kind, String ledBy, List<String> members, String invitedBy,
                      String section) {
    }

    /** The window the board must protect to consider, consult and agree the draft; not loaded yet either. */
    record PaperWindow(String title, String opensOn, String closesOn, String section) {
    }

    /**
     * The paper was written after the 11 May leaders meeting it reports and before the 18 May tender publication it
     * announces; what it says had already happened, without a date, is recorded on this latest possible day.
     */
    static final String PAPER_WRITTEN_BY = "2018-05-17";

    static final String ADOPTION_TARGET = "2018-12-31";
    static final Precision ADOPTION_PRECISION = Precision.MONTH; // "at the end of 2018"

    private static final List<String> ALL_THEMES = of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    private static final String UNDATED_NOTE = " (the paper gives no date: recorded on 17 May 2018, by which the "
            + "paper was written)";

    private PaperFacts() {
    }

    static List<PaperPhase> phases() {
        return of(
                // Not a phase of the paper: it holds the paper's tender dates, ahead of Phase 1, and spans just them.
                new PaperPhase("P0", "Commissioning the consultants (tender dates of the paper)", "2018-05-18",
                        "2018-05-25", Precision.DAY, "2, 3", of(
                        new PaperMilestone("Cross-corridor vision tender published on LEP websites (from)",
                                "2018-05-18", Precision.DAY, "2"),
                        new PaperMilestone("Buckinghamshire LIS tender closes", "2018-05-18", Precision.DAY, "3"),
                        new PaperMilestone("Assessment of the applicants", "2018-05-23", Precision.DAY, "3"),
                        new PaperMilestone("Tender interviews, supported by the BEIS/DCLG research team",
                                "2018-05-25", Precision.DAY, "3, 4"))),
                new PaperPhase("P1", "Evidence Base Production", "2018-06-01", "2018-07-31", Precision.MONTH, "3", of(
                        new PaperMilestone("Inception Meeting & Contract commencement", "2018-05-29", Precision.DAY,
                                "3"),
                        new PaperMilestone("Draft Evidence Base circulated to Steering Group & BTVLEP Board",
                                "2018-07-16", Precision.DAY, "3"),
                        new PaperMilestone("Evidence Base Presentation to the BTVLEP Board & Steering Group",
                                "2018-07-24", Precision.DAY, "3"))),
                new PaperPhase("P2", "Stakeholder Engagement, Organisation of Workshops & Technical Facilitation",
                        "2018-08-01", "2018-09-30", Precision.MONTH, "3", of(
                        new PaperMilestone("Draft LIS Vision circulated to Steering Group & BTVLEP Board (w/c)",
                                "2018-09-24", Precision.WEEK, "3"),
                        new PaperMilestone("LIS Vision Presentation to the BTVLEP Board & Steering Group",
                                "2018-10-05", Precision.DAY, "3"))),
                new PaperPhase("P3", "Outline Business Case Development & Strategy Writing", "2018-10-01",
                        "2019-01-31", Precision.MONTH, "3", of(
                        new PaperMilestone("Draft Final LIS circulated to the BTVLEP Board & Steering Group (w/c)",
                                "2018-11-23", Precision.WEEK, "3"),
                        new PaperMilestone("Draft Final LIS presentation to BTVLEP Board & Steering Group",
                                "2019-01-11", Precision.DAY, "3"))));
    }

    static List<PaperMeeting> meetings() {
        return of(
                new PaperMeeting("round-table", "ROUND_TABLE", "2018-04-30", Precision.DAY, "4",
                        "Round table at the University of Buckingham with senior civil servants supporting the "
                                + "Industrial Strategy and Growth Corridor development process (board paper, 4)",
                        of("uob", "civil-servants"), of("AI_AND_DATA"), true),
                new PaperMeeting("corridor-leaders", "MEETING", "2018-05-11", Precision.DAY, "2",
                        "Cross Corridor leaders meeting: agreed a steering group for the cross-corridor economic "
                                + "vision, with all Corridor LEPs and their local authorities (board paper, 2)",
                        of("oxlep", "semlep"), ALL_THEMES, false),
                new PaperMeeting("analysts", "MEETING", PAPER_WRITTEN_BY, Precision.UNDATED, "1",
                        "Meetings with Government analysts on access to data sources (board paper, 1)"
                                + UNDATED_NOTE, of("analysts"), ALL_THEMES, true),
                new PaperMeeting("research-team", "MEETING", PAPER_WRITTEN_BY, Precision.UNDATED, "4",
                        "Meeting with two members of the BEIS/DCLG research team: local evidence, long-term growth "
                                + "potential and smart specialisation; they agreed to support the tender interviews "
                                + "(board paper, 4)" + UNDATED_NOTE, of("beis"), ALL_THEMES, true),
                new PaperMeeting("national-lead", "MEETING", "2018-05-24", Precision.DAY, "1",
                        "Afternoon meeting with the national Local Industrial Strategy lead and his team to update on "
                                + "the delivery schedule (board paper, 1)", of("national-lis"), ALL_THEMES, true),
                new PaperMeeting("upstream-space-audit", "STEERING_GROUP", PAPER_WRITTEN_BY, Precision.UNDATED, "5",
                        "Steering group of the Upstream Space science and innovation audit, led by the UK Space "
                                + "Agency, with BTVLEP a member; the audit is nearing completion (board paper, 5)"
                                + UNDATED_NOTE, of("uksa"), of("MOBILITY", "AI_AND_DATA"), true),
                new PaperMeeting("airports-audit", "STEERING_GROUP", PAPER_WRITTEN_BY, Precision.UNDATED, "5",
                        "Steering group of the Sustainable Airports science and innovation audit, led by Brunel "
                                + "University, with BTVLEP a member; the audit is nearing completion (board paper, 5)"
                                + UNDATED_NOTE, of("brunel"), of("CLEAN_GROWTH"), true),
                new PaperMeeting("story-futures", "OTHER", PAPER_WRITTEN_BY, Precision.UNDATED, "5",
                        "StoryFutures presented at the previous BTVLEP board meeting; BTVLEP wrote in support and "
                                + "will be part of its steering group (board paper, 5)" + UNDATED_NOTE,
                        of("rhul"), of("AI_AND_DATA"), true));
    }

    static List<PaperContact> contacts() {
        return of(
                new PaperContact("beis", "Andrew Tierney", "BEIS/DCLG research team", "4"),
                new PaperContact("beis", "Rosa Fernandez", "BEIS/DCLG research team", "4"),
                new PaperContact("national-lis", "Joe Manning", "National Local Industrial Strategy Lead", "1"));
    }

    /** The University of Buckingham as a centre for AI research: the one hypothesis the paper states. */
    static DemoHypothesis aiCentre() {
        return new DemoHypothesis("ai-centre", "AI research centre at Buckingham",
                "The University of Buckingham can operate as a centre for Artificial Intelligence research at the "
                        + "heart of the growth corridor (board paper, 4)", of("AI_AND_DATA"), of("ai-research"));
    }

    static List<PaperGroup> groups() {
        return of(
                new PaperGroup("Cross-corridor economic vision steering group", "STEERING_GROUP", null,
                        of("bcc", "avdc"), "btvlep", "2"),
                new PaperGroup("Upstream Space science and innovation audit steering group", "STEERING_GROUP",
                        "uksa", of("btvlep"), null, "5"),
                new PaperGroup("Sustainable Airports science and innovation audit steering group", "STEERING_GROUP",
                        "brunel", of("btvlep"), null, "5"),
                new PaperGroup("StoryFutures steering group", "STEERING_GROUP", "rhul", of("btvlep"), null, "5"),
                new PaperGroup("Buckinghamshire Industrial Strategy task and finish group", "TASK_AND_FINISH",
                        null, of(), null, "3"));
    }

    static PaperWindow consultation() {
        return new PaperWindow("Consider, consult and agree the draft Strategy", "2018-10-05", "2018-11-23", "3");
    }
}
