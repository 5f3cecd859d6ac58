package org.lis.engagement.coverage.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupFormedEvent;
import org.lis.events.group.GroupKind;
import org.lis.events.group.GroupMeetingHeldEvent;
import org.lis.events.group.MemberInvitedEvent;
import org.lis.events.group.MemberJoinedEvent;
import org.lis.events.group.MemberLeftEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ReadinessRules;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standing groups in coverage: a membership engages from joining, in every phase its period overlaps (up to leaving,
 * or to the as-of date); an invitation not taken up counts as INVITED; the convenor counts from the group's formation;
 * a meeting engages each attendee on its date; all on the group's themes, for its programme or every programme.
 * Phases: P1 June-July, P2 August-September, P3 October-January.
 */
class GroupCoverageTest {

    private static final String P = "prog-1";
    private static final String NOW = "2030-01-01T00:00:00Z";
    private CoverageTestBed bed;

    @BeforeEach
    void setUp() {
        bed = new CoverageTestBed();
        bed.record(new ProgrammeDefinedEvent(P, "Test LIS", LocalDate.parse("2018-12-31"), List.of(
                new Phase("P1", "Evidence", LocalDate.parse("2018-06-01"), LocalDate.parse("2018-07-31"), List.of()),
                new Phase("P2", "Engagement", LocalDate.parse("2018-08-01"), LocalDate.parse("2018-09-30"), List.of()),
                new Phase("P3", "Writing", LocalDate.parse("2018-10-01"), LocalDate.parse("2019-01-31"), List.of())),
                new ReadinessRules(false, 0, 0)), "2018-05-01T08:00:00Z");
        register("uksa", "UK Space Agency");
        register("bcc", "Buckinghamshire County Council");
        register("avdc", "Aylesbury Vale District Council");
        bed.record(new GroupFormedEvent("g-1", "Upstream Space audit", GroupKind.STEERING_GROUP, "uksa",
                List.of(Theme.CLEAN_GROWTH), P, null, LocalDate.parse("2018-06-05")), "2018-06-05T09:00:00Z");
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void aMembershipEngagesFromJoiningInEveryPhaseItOverlaps() {
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-21T09:00:00Z");

        assertThat(bed.standing(P, "bcc", "2018-07-19", NOW).level()).isEqualTo(EngagementLevel.NONE);
        PartnerStanding inJuly = bed.standing(P, "bcc", "2018-07-20", NOW);
        assertThat(inJuly.level()).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(inJuly.engagedPhases()).containsExactly("P1");
        // still a member: every phase up to the as-of date
        assertThat(bed.standing(P, "bcc", "2018-10-15", NOW).engagedPhases())
                .containsExactlyInAnyOrder("P1", "P2", "P3");
        assertThat(inJuly.firstEngagedOn()).isEqualTo(LocalDate.parse("2018-07-20"));
    }

    @Test
    void leavingEndsThePhasesButNotTheEngagement() {
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-21T09:00:00Z");
        bed.record(new MemberLeftEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-08-10"), null, P),
                "2018-08-11T09:00:00Z");

        PartnerStanding later = bed.standing(P, "bcc", "2018-11-01", NOW);
        assertThat(later.level()).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(later.engagedPhases()).containsExactlyInAnyOrder("P1", "P2");
        // before the leaving happened, the open membership reached to the as-of date
        assertThat(bed.standing(P, "bcc", "2018-08-05", NOW).engagedPhases()).containsExactlyInAnyOrder("P1", "P2");
        // as recorded before the leaving was recorded: still a member in P3
        assertThat(bed.standing(P, "bcc", "2018-11-01", "2018-08-10T12:00:00Z").engagedPhases())
                .containsExactlyInAnyOrder("P1", "P2", "P3");
    }

    @Test
    void asRecordedBeforeTheMembershipWasRecordedItDoesNotCount() {
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-08-01T09:00:00Z");

        assertThat(bed.standing(P, "bcc", "2018-07-25", "2018-07-31T23:59:59Z").level())
                .isEqualTo(EngagementLevel.NONE);
        assertThat(bed.standing(P, "bcc", "2018-07-25", "2018-08-01T09:00:00Z").level())
                .isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void anInvitationNotYetTakenUpCountsAsInvited() {
        bed.record(new MemberInvitedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-01"), "uksa", P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-01T09:00:00Z");
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-21T09:00:00Z");

        assertThat(bed.standing(P, "bcc", "2018-06-30", NOW).level()).isEqualTo(EngagementLevel.NONE);
        assertThat(bed.standing(P, "bcc", "2018-07-01", NOW).level()).isEqualTo(EngagementLevel.INVITED);
        assertThat(bed.standing(P, "bcc", "2018-07-20", NOW).level()).isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void theConvenorCountsFromTheGroupsFormation() {
        assertThat(bed.standing(P, "uksa", "2018-06-04", NOW).level()).isEqualTo(EngagementLevel.NONE);
        PartnerStanding convenor = bed.standing(P, "uksa", "2018-08-15", NOW);
        assertThat(convenor.level()).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(convenor.engagedPhases()).containsExactlyInAnyOrder("P1", "P2");
    }

    @Test
    void membershipCountsItsPartnerUnderTheGroupsThemes() {
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-21T09:00:00Z");

        PartnerStanding standing = bed.standing(P, "bcc", "2018-08-01", NOW);
        assertThat(standing.engagedOn("CLEAN_GROWTH")).isTrue();
        assertThat(standing.engagedOn("AI_AND_DATA")).isTrue();
        assertThat(standing.engagedOn("MOBILITY")).isFalse();
        CoverageReport report = bed.report(P, "2018-08-01", NOW, GroupBy.THEME);
        // the convenor and the member, on clean growth
        assertThat(report.groups()).contains(new CoverageReport.Group("CLEAN_GROWTH", 2, 2, 1.0));
    }

    @Test
    void aMeetingEngagesEachAttendeeOnItsDate() {
        bed.record(new MemberJoinedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-20"), P,
                List.of(Theme.CLEAN_GROWTH)), "2018-07-21T09:00:00Z");
        bed.record(new GroupMeetingHeldEvent("g-1", P, "mt-1", LocalDate.parse("2018-08-20"), "Kick-off",
                List.of("uksa", "bcc"), List.of(Theme.CLEAN_GROWTH), null), "2018-08-21T09:00:00Z");

        CoverageHistory history = bed.history(P);
        assertThat(history.facts().stream().filter(f -> f.kind() == FactKind.GROUP_MEETING).map(Fact::partnerId))
                .containsExactlyInAnyOrder("uksa", "bcc");
        assertThat(bed.standing(P, "bcc", "2018-08-20", NOW).lastEngagedOn()).isEqualTo(LocalDate.parse("2018-08-20"));
    }

    @Test
    void aGroupForNoProgrammeCountsForEveryProgramme() {
        bed.record(new GroupFormedEvent("g-2", "Bucks Industrial Strategy", GroupKind.TASK_AND_FINISH, "avdc",
                List.of(), null, null, LocalDate.parse("2018-06-01")), "2018-06-01T09:00:00Z");
        bed.record(new ProgrammeDefinedEvent("prog-other", "Other strategy", LocalDate.parse("2019-12-31"), List.of(),
                new ReadinessRules(false, 0, 0)), "2018-05-01T08:00:00Z");

        assertThat(bed.standing(P, "avdc", "2018-06-02", NOW).level()).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(bed.standing("prog-other", "avdc", "2018-06-02", NOW).level()).isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void replayingRebuildsTheSameFacts() {
        bed.record(new MemberInvitedEvent("g-1", "m-1", "bcc", LocalDate.parse("2018-07-01"), null, P, List.of()),
                "2018-07-01T09:00:00Z");
        List<Fact> before = bed.history(P).facts();
        bed.reset();
        bed.replay();
        bed.replay();
        assertThat(bed.history(P).facts()).containsExactlyInAnyOrderElementsOf(before);
    }

    private void register(String id, String name) {
        bed.record(new PartnerRegisteredEvent(id, name, new PartnerClassification(PartnerType.CENTRAL_GOVERNMENT, List.of(),
                List.of(Theme.AI_AND_DATA), "Aylesbury Vale", false), LocalDate.parse("2018-05-01")),
                "2018-05-01T09:00:00Z");
    }
}
