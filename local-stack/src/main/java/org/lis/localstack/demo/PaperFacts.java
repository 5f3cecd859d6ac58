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
    enum Precision {
        DAY, WEEK, MONTH, UNDATED;

        /** As the API takes it: an undated fact is held on a day, its text saying the paper gives none. */
        String api() {
            return this == UNDATED ? DAY.name() : name();
        }
    }

    /** BTVLEP convenes the strategy (the paper is its board's): the programme names it, coverage leaves it out. */
    static final String CONVENOR = "btvlep";

    /** A phase as the paper names and dates it (months: the first and last day of the months named). */
    record PaperPhase(String code, String name, String startsOn, String endsOn, Precision precision, String section,
                      List<PaperMilestone> milestones) {
    }

    /**
     * A milestone as the paper dates it; {@code deliveredOn} (with {@code deliveryNote}) only where the paper says it
     * has already happened, else null.
     */
    record PaperMilestone(String name, String dueOn, Precision precision, String section, String deliveredOn,
                          String deliveryNote) {

        PaperMilestone(String name, String dueOn, Precision precision, String section) {
            this(name, dueOn, precision, section, null, null);
        }
    }

    /**
     * A meeting the paper reports (or schedules), recorded once with every partner present; {@code forProgramme}
     * false for corridor-wide engagement that is not the Buckinghamshire programme's.
     */
    record PaperMeeting(String key, String kind, String on, Precision precision, String section, String summary,
                        List<String> partners, List<String> themes, boolean forProgramme) {
    }

    /** A person the paper names, recorded as a contact of their organisation, not in free text. */
    record PaperContact(String partner, String name, String role, String section) {
    }

    /**
     * A standing group as the paper gives it: its convenor (the lead the paper names, or, where it names none, the
     * one the description says was chosen and why), formed on {@code formedOn}, and who is on it or invited to it.
     * {@code forProgramme} false for a group that serves no one programme (the group then counts for every one).
     */
    record PaperGroup(String key, String name, String kind, String convenor, String formedOn, boolean forProgramme,
                      List<String> themes, String description, List<PaperMembership> members, String section) {
    }

    /** A partner invited to a group ({@code joinedOn} null) or on it; {@code invitedBy} null where none is named. */
    record PaperMembership(String partner, String invitedOn, String joinedOn, String invitedBy) {
    }

    /** The window the board must protect to consider, consult and agree the draft. */
    record PaperWindow(String title, String subject, String opensOn, String closesOn, String section) {
    }

    /**
     * The paper was written after the 11 May leaders meeting it reports and before the 18 May tender publication it
     * announces; what it says had already happened, without a date, is recorded on this latest possible day.
     */
    static final String PAPER_WRITTEN_BY = "2018-05-17";

    static final String ADOPTION_TARGET = "2018-12-31";
    static final Precision ADOPTION_PRECISION = Precision.MONTH; // "at the end of 2018"

    private static final List<String> ALL_THEMES = of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    private static final String BY_THE_PAPER = " (by 17 May 2018: the paper gives no date)";
    private static final String UNDATED_NOTE = " (the paper gives no date: recorded on 17 May 2018, by which the "
            + "paper was written)";

    private PaperFacts() {
    }

    static List<PaperPhase> phases() {
        return of(
                // Not a phase of the paper: it holds the paper's tender dates, ahead of Phase 1, and spans just them.
                new PaperPhase("P0", "Commissioning the consultants (tender dates of the paper)", "2018-05-18",
                        "2018-05-25", Precision.DAY, "2, 3", of(
                        // What the paper says is done, undated, is due and delivered on the day it was written by.
                        new PaperMilestone("Cross-corridor vision tender specification agreed" + BY_THE_PAPER,
                                PAPER_WRITTEN_BY, Precision.DAY, "2", PAPER_WRITTEN_BY,
                                "The paper says the specification has been agreed" + UNDATED_NOTE),
                        new PaperMilestone("Buckinghamshire LIS tender published" + BY_THE_PAPER, PAPER_WRITTEN_BY,
                                Precision.DAY, "3", PAPER_WRITTEN_BY,
                                "The paper says the tender has been published" + UNDATED_NOTE),
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

    /**
     * The groups the paper names. Where it gives no date they are formed (and BTVLEP on them) on the day the paper was
     * written by; where it names no lead, the description says which convenor was chosen and why.
     */
    static List<PaperGroup> groups() {
        return of(
                new PaperGroup("cross-corridor", "Cross-corridor economic vision steering group", "STEERING_GROUP",
                        "btvlep", "2018-05-11", false, ALL_THEMES,
                        "Agreed at the Cross Corridor leaders meeting of 11 May 2018 to guide the cross-corridor "
                                + "economic vision commission, with representation from all Corridor LEPs and their "
                                + "local authorities; BTVLEP was to invite BCC and AVDC for the Buckinghamshire area "
                                + "(board paper, 2). The paper names no lead: BTVLEP, which invites the "
                                + "Buckinghamshire members, is recorded as convenor.",
                        of(new PaperMembership("bcc", "2018-05-11", null, "btvlep"),
                                new PaperMembership("avdc", "2018-05-11", null, "btvlep")), "2"),
                new PaperGroup("upstream-space", "Upstream Space science and innovation audit steering group",
                        "STEERING_GROUP", "uksa", PAPER_WRITTEN_BY, false, of("MOBILITY", "AI_AND_DATA"),
                        "Steering group of the Upstream Space science and innovation audit, led by the UK Space "
                                + "Agency, with BTVLEP actively involved; the audit is nearing completion (board "
                                + "paper, 5)" + UNDATED_NOTE,
                        of(new PaperMembership("btvlep", null, PAPER_WRITTEN_BY, null)), "5"),
                new PaperGroup("airports", "Sustainable Airports science and innovation audit steering group",
                        "STEERING_GROUP", "brunel", PAPER_WRITTEN_BY, false, of("CLEAN_GROWTH"),
                        "Steering group of the Sustainable Airports science and innovation audit, led by Brunel "
                                + "University, with BTVLEP actively involved; the audit is nearing completion (board "
                                + "paper, 5)" + UNDATED_NOTE,
                        of(new PaperMembership("btvlep", null, PAPER_WRITTEN_BY, null)), "5"),
                new PaperGroup("story-futures", "StoryFutures steering group", "STEERING_GROUP", "rhul",
                        PAPER_WRITTEN_BY, false, of("AI_AND_DATA"),
                        "Steering group of Royal Holloway's StoryFutures research and development programme in the "
                                + "creative industries; BTVLEP will be part of it (board paper, 5), so it is "
                                + "invited, not yet a member" + UNDATED_NOTE,
                        of(new PaperMembership("btvlep", PAPER_WRITTEN_BY, null, null)), "5"),
                new PaperGroup("task-and-finish", "Buckinghamshire Industrial Strategy task and finish group",
                        "TASK_AND_FINISH", "btvlep", PAPER_WRITTEN_BY, true, ALL_THEMES,
                        "Recently established to support and review the development of the Strategy (board paper, "
                                + "3). The paper names neither its lead nor its members: BTVLEP, which convenes the "
                                + "strategy, is recorded as convenor" + UNDATED_NOTE, of(), "3"));
    }

    static PaperWindow consultation() {
        return new PaperWindow("Consider, consult and agree the draft Strategy",
                "the draft Buckinghamshire Local Industrial Strategy", "2018-10-05", "2018-11-23", "3");
    }
}
