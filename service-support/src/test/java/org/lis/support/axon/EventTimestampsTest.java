package org.lis.support.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

    private static final Instant NOW = Instant.parse("2018-09-20T10:00:00Z");

    private final EventTimestamps timestamps = new EventTimestamps(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void canStampAnAggregatesEventWithTheApplicationsClockKeepingAllElse() {
        DomainEventMessage<String> event = new GenericDomainEventMessage<>("Partner", "p-1", 3, "renamed",
                MetaData.with("actor", "officer"));

        EventMessage<?> stamped = timestamps.handle(List.of(event)).apply(0, event);

        assertThat(stamped.getTimestamp()).isEqualTo(NOW);
        assertThat(stamped).isInstanceOfSatisfying(DomainEventMessage.class, domain -> {
            assertThat(domain.getType()).isEqualTo("Partner");
            assertThat(domain.getAggregateIdentifier()).isEqualTo("p-1");
            assertThat(domain.getSequenceNumber()).isEqualTo(3);
        });
        assertThat(stamped.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(stamped.getPayload()).isEqualTo("renamed");
        assertThat(stamped.getPayloadType()).isEqualTo(String.class);
        assertThat(stamped.getMetaData()).isEqualTo(MetaData.with("actor", "officer"));
    }

    @Test
    void canStampAnEventOfNoAggregate() {
        EventMessage<String> event = GenericEventMessage.asEventMessage("noticed");

        EventMessage<?> stamped = timestamps.handle(List.of(event)).apply(0, event);

        assertThat(stamped).isNotInstanceOf(DomainEventMessage.class);
        assertThat(stamped.getTimestamp()).isEqualTo(NOW);
        assertThat(stamped.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(stamped.getPayload()).isEqualTo("noticed");
    }
}
