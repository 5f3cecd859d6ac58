package org.lis.workshop.schedule.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.events.workshop.WorkshopClosedEvent;
import org.lis.events.workshop.WorkshopScheduledEvent;
import org.lis.support.test.DatabaseTestBase;

class WorkshopVersionProjectionTest extends DatabaseTestBase {

    private static final Instant AT = Instant.parse("2018-08-14T09:00:00Z");

    private final WorkshopVersionProjection versions = new WorkshopVersionProjection(database);

    @BeforeEach
    void setUp() {
        WorkshopScheduledEvent scheduled = new WorkshopScheduledEvent("w1", "prog", "PH2", "AI", List.of(), AT,
                AT.plusSeconds(3600), "Buckingham", 20, "Fran", List.of());
        new WorkshopProjection(database).on(scheduled, 0);
        versions.on(new GenericDomainEventMessage<>("Workshop", "w1", 0, scheduled));
    }

    private long version() {
        return WorkshopSummary.from(database.getCollection(WorkshopProjection.COLLECTION).find().first()).version();
    }

    private static GenericDomainEventMessage<PartnerInvitedEvent> invited(long sequence) {
        return new GenericDomainEventMessage<>("Workshop", "w1", sequence,
                new PartnerInvitedEvent("w1", "prog", "i" + sequence, "p" + sequence, null, AT));
    }

    @Test
    void everyWorkshopEventMovesTheVersionOnce() {
        versions.on(invited(1));
        versions.on(invited(2));
        versions.on(invited(2));
        versions.on(invited(1));

        assertThat(version()).isEqualTo(2);
    }

    @Test
    void anEventThatChangesTheWorkshopItselfLeavesTheVersionToThatChange() {
        versions.on(new GenericDomainEventMessage<>("Workshop", "w1", 5,
                new WorkshopClosedEvent("w1", "prog", AT.plusSeconds(3600))));

        assertThat(version()).isZero();
    }

    @Test
    void eventsOfOtherAggregatesLeaveTheVersion() {
        versions.on(new GenericDomainEventMessage<>("Partner", "w1", 7, new ContactErasedEvent("w1", "c1", AT)));

        assertThat(version()).isZero();
    }
}
