package org.lis.support.axon;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.Milestone;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.programme.Phase;
import org.lis.events.programme.ProgrammeAdoptedEvent;
import org.lis.events.programme.ProgrammeDefinedEvent;
import org.lis.events.programme.ProgrammeRevisedEvent;
import org.lis.events.programme.ReadinessRules;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackCorrectedEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.ReminderSentEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopCancelledEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON for as long as the programme's history is kept, so every record must
 * survive the trip unchanged through the serializer the services store events with.
 */
class EventJsonRoundTripTest {

    private static final Serializer SERIALIZER = new AxonSerializationAutoConfiguration().serializer();

    private static final Instant AT = Instant.parse("2018-08-14T09:30:00Z");
    private static final LocalDate ON = LocalDate.of(2018, 4, 30);

    static Stream<Object> events() {
        var classification = new PartnerClassification(PartnerType.UNIVERSITY, List.of("ai-research"),
                List.of(Theme.AI_AND_DATA), "Aylesbury Vale", true);
        var phase = new Phase("P2", "Stakeholder engagement", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 30),
                List.of(new Milestone("Vision presentation", LocalDate.of(2018, 10, 5))));
        return Stream.of(
                new PartnerRegisteredEvent("p1", "University of Buckingham", classification, ON),
                new PartnerUpdatedEvent("p1", "University of Buckingham", classification, ON.plusDays(3)),
                new ContactAddedEvent("p1", "c1", "Dean", LawfulBasis.PUBLIC_TASK, "bmFtZQ==", "ZW1haWw=", null),
                new ContactErasedEvent("p1", "c1", AT),
                new EngagementActivityRecordedEvent("p1", "a1", ActivityKind.ROUND_TABLE, ON, "Round table",
                        "prog", List.of(Theme.AI_AND_DATA)),
                new org.lis.events.activity.ActivityRecordedEvent("a2", List.of("p1", "p2"), ActivityKind.ROUND_TABLE,
                        ON, "Round table", "prog", List.of(Theme.AI_AND_DATA)),
                new org.lis.events.activity.ActivityCorrectedEvent("a2", List.of("p1"), List.of("p1", "p2"),
                        ActivityKind.MEETING, ON, "Meeting", "prog", List.of(), "Only p1 was there"),
                new org.lis.events.activity.ActivityWithdrawnEvent("a2", List.of("p1"), "prog", "Entered twice"),
                new ProgrammeDefinedEvent("prog", "Buckinghamshire LIS", LocalDate.of(2019, 1, 11), List.of(phase),
                        new ReadinessRules(true, 2, 3)),
                new ProgrammeRevisedEvent("prog", "Buckinghamshire LIS", LocalDate.of(2019, 1, 11),
                        List.of(new Phase("P2", "Stakeholder engagement", LocalDate.of(2018, 8, 1),
                                LocalDate.of(2018, 9, 1), List.of(new Milestone("Draft LIS vision",
                                LocalDate.of(2018, 9, 24), DatePrecision.WEEK)), DatePrecision.MONTH,
                                DatePrecision.MONTH)), new ReadinessRules(true, 2, 3), "p-lep"),
                new MilestoneDeliveredEvent("prog", "P2", "m1", "Draft LIS vision", LocalDate.of(2018, 9, 26),
                        "Circulated to the board"),
                new MilestoneSlippedEvent("prog", "P2", "m1", "Draft LIS vision", LocalDate.of(2018, 9, 24),
                        DatePrecision.WEEK, LocalDate.of(2018, 10, 1), DatePrecision.WEEK, "Evidence late"),
                new ProgrammeAdoptedEvent("prog", LocalDate.of(2019, 1, 11), "Board accepted the gap",
                        List.of("keyPartnersEngaged")),
                new HypothesisProposedEvent("h1", "prog", "AI centre", "The University can anchor an AI centre",
                        List.of(Theme.AI_AND_DATA), List.of("ai-research")),
                new WorkshopScheduledEvent("w1", "prog", "P2", "AI and data", List.of(Theme.AI_AND_DATA), AT,
                        AT.plusSeconds(7200), "Buckingham", 30, "facilitator", List.of("h1")),
                new WorkshopRescheduledEvent("w1", AT.plusSeconds(86400), AT.plusSeconds(93600), "Aylesbury"),
                new WorkshopCancelledEvent("w1", "prog", "Venue unavailable", AT),
                new WorkshopClosedEvent("w1", "prog", AT),
                new HypothesisTabledEvent("w1", "prog", "h1"),
                new PartnerInvitedEvent("w1", "prog", "i1", "p1", null, AT),
                new RsvpRecordedEvent("w1", "prog", "i1", "p1", RsvpResponse.ACCEPTED, AT),
                new InvitationMailRequestedEvent("w1", "prog", "i1", "p1", null),
                new InvitationSentEvent("w1", "prog", "i1", "p1", "c1", MailKind.UPDATE, 1,
                        "<invitation.i1.c1.update.1@lis.example>", AT),
                new ReminderSentEvent("w1", "prog", "i1", "p1", "c1", 1, "<reminder.i1.c1.1@lis.example>", AT),
                new MailFailedEvent("w1", "prog", "i1", "p1", null, MailKind.INVITATION, 0, MailFailure.NO_RECIPIENT,
                        1, AT),
                new AttendeeCheckedInEvent("w1", "prog", "p1", "c1", AT, false),
                new NoShowMarkedEvent("w1", "prog", "p1", AT),
                new FeedbackRecordedEvent("w1", "prog", "f1", "h1", "p1", Stance.CONDITIONAL, 4, "If funded",
                        false, AT),
                new FeedbackCorrectedEvent("w1", "prog", "f1", "h1", "p1", Stance.SUPPORT, 5, "Funded", "Typo",
                        AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void survivesJsonRoundTrip(Object event) {
        SerializedObject<String> json = SERIALIZER.serialize(event, String.class);

        assertThat((Object) SERIALIZER.deserialize(json)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void writesInstantsAndDatesAsIsoText(Object event) {
        String json = SERIALIZER.serialize(event, String.class).getData();

        assertThat(json).doesNotContainPattern("\"\\w*(At|On|Date)\":\\d");
    }

    @Test
    void programmeStoredBeforePrecisionsAndConvenorsReadsWithNone() {
        String stored = "{\"programmeId\":\"prog\",\"name\":\"LIS\",\"adoptionTargetDate\":\"2018-12-31\","
                + "\"phases\":[{\"code\":\"P1\",\"name\":\"Evidence\",\"startsOn\":\"2018-06-01\","
                + "\"endsOn\":\"2018-07-31\",\"milestones\":[{\"name\":\"Inception\",\"dueOn\":\"2018-05-29\"}]}],"
                + "\"readiness\":{\"keyPartnersEngaged\":true,\"minEngagedPerTheme\":1,"
                + "\"minFeedbackPerHypothesis\":0}}";
        var json = new org.axonframework.serialization.SimpleSerializedObject<>(stored, String.class,
                ProgrammeDefinedEvent.class.getName(), null);

        ProgrammeDefinedEvent event = SERIALIZER.deserialize(json);

        assertThat(event.convenorPartnerId()).isNull();
        assertThat(event.phases().get(0)).isEqualTo(new Phase("P1", "Evidence", LocalDate.of(2018, 6, 1),
                LocalDate.of(2018, 7, 31), List.of(new Milestone("Inception", LocalDate.of(2018, 5, 29)))));
        assertThat(event.phases().get(0).lastDay()).isEqualTo(LocalDate.of(2018, 7, 31));
    }

    @Test
    void datesReadAsAnOperatorWouldQueryThem() {
        var scheduled = events().filter(WorkshopScheduledEvent.class::isInstance).findFirst().orElseThrow();

        assertThat(SERIALIZER.serialize(scheduled, String.class).getData()).contains("\"startsAt\":\"2018-08-14T09:30:00Z\"");
    }
}
