package org.lis.workshop.schedule.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.FeedbackRecordedEvent;
import org.lis.events.workshop.HypothesisTabledEvent;
import org.lis.events.workshop.InvitationMailRequestedEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.NoShowMarkedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.RsvpRecordedEvent;
import org.lis.events.workshop.RsvpResponse;
import org.lis.events.workshop.Stance;
import org.lis.events.workshop.WorkshopRescheduledEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.axon.AxonSerializationAutoConfiguration;


/**
 * A snapshot stores the aggregate's fields as JSON with the support module's snapshot serializer (the one the
 * event store uses); the workshop and its members must come back with the same state.
 */
class WorkshopSnapshotTest {

    private static final Instant AT = Instant.parse("2018-08-14T09:05:00Z");

    private final Serializer snapshotSerializer = AxonSerializationAutoConfiguration.snapshotSerializer();

    @Test
    void stateSurvivesASnapshot() {
        Workshop workshop = replay(
                new WorkshopScheduledEvent("w1", "prog", "PH2", "AI", List.of(Theme.AI_AND_DATA), AT,
                        AT.plusSeconds(3600), "Buckingham", 2, "Fran", List.of("h1")),
                new WorkshopRescheduledEvent("w1", AT, AT.plusSeconds(7200), "Aylesbury"),
                new HypothesisTabledEvent("w1", "prog", "h2"),
                new PartnerInvitedEvent("w1", "prog", "i1", "pa", null, AT),
                new PartnerInvitedEvent("w1", "prog", "i2", "pb", "c1", AT),
                new InvitationMailRequestedEvent("w1", "prog", "i2", "pb", "c1"),
                new InvitationSentEvent("w1", "prog", "i2", "pb", "c1", MailKind.INVITATION, 0, "<m1>", AT),
                new MailFailedEvent("w1", "prog", "i2", "pb", "c1", MailKind.UPDATE, 1, MailFailure.REFUSED, 1, AT),
                new RsvpRecordedEvent("w1", "prog", "i1", "pa", RsvpResponse.ACCEPTED, AT),
                new AttendeeCheckedInEvent("w1", "prog", "pa", null, AT, false),
                new NoShowMarkedEvent("w1", "prog", "pb", AT),
                new FeedbackRecordedEvent("w1", "prog", "f1", "h1", "pa", Stance.SUPPORT, 4, "yes", false, AT));

        SerializedObject<String> snapshot = snapshotSerializer.serialize(workshop, String.class);
        Workshop restored = snapshotSerializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(workshop);
        assertThat(snapshot.getData()).contains("Aylesbury", "ACCEPTED", "pb", "f1", "i2/c1/UPDATE/1");
    }

    private static Workshop replay(Object... events) {
        AtomicLong sequence = new AtomicLong();
        EventSourcedAggregate<Workshop> aggregate = EventSourcedAggregate.initialize(new Workshop(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Workshop.class), SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(List.of(events).stream()
                .map(event -> new GenericDomainEventMessage<>("Workshop", "w1", sequence.getAndIncrement(), event))));
        return aggregate.getAggregateRoot();
    }
}
