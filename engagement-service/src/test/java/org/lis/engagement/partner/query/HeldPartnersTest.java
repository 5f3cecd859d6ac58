package org.lis.engagement.partner.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.fresh.FreshReads;
import org.lis.support.fresh.Watermark;
import org.lis.support.projection.AggregateChanges;
import org.lis.support.projection.ChangeLog;
import org.lis.support.test.DatabaseTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The list held in memory follows the partners read model as events are handled, in the list's order. */
class HeldPartnersTest extends DatabaseTestBase {

    private static final PartnerClassification BUSINESS = new PartnerClassification(PartnerType.BUSINESS,
            List.of("space"), List.of(Theme.CLEAN_GROWTH), "Wycombe", false);

    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new PartnerProjection(database));
    private final AggregateChanges logging = new AggregateChanges(ChangeLog.of(database, HeldPartners.CHANGES),
            PartnerProjection.COLLECTION, "Partner");
    private final FreshReads fresh = mock(FreshReads.class);
    private final HeldPartners held = new HeldPartners(database, fresh, 1_000);
    private long index;
    private long resets;
    private TrackingToken segment;

    @Test
    void listsPartnersInNameOrderAndFollowsTheirChanges() {
        register("p-b", "Beta Ltd");
        register("p-a", "Alpha Ltd");
        assertThat(names()).containsExactly("Alpha Ltd", "Beta Ltd");

        handle("Partner", "p-a", 1, new PartnerUpdatedEvent("p-a", "Zulu Ltd", BUSINESS, LocalDate.of(2018, 6, 1)));
        handle("Partner", "p-c", 0, new PartnerRegisteredEvent("p-c", "Charlie Ltd", BUSINESS,
                LocalDate.of(2018, 5, 1)));

        assertThat(names()).containsExactly("Beta Ltd", "Charlie Ltd", "Zulu Ltd");
    }

    @Test
    void theSameWatermarkServesTheSameList() {
        register("p-a", "Alpha Ltd");
        List<PartnerTable.Listed> first = held.all();

        assertThat(held.all()).isSameAs(first);
    }

    @Test
    void anotherAggregatesEventsNameNoPartner() {
        register("p-a", "Alpha Ltd");
        handle("Activity", "act-1", 0, new ActivityRecordedEvent("act-1", List.of("p-a"), ActivityKind.MEETING,
                LocalDate.of(2018, 6, 1), "Call", null, List.of()));

        assertThat(changesUpTo(index)).containsExactly(new ChangeLog.Change(PartnerProjection.COLLECTION, "p-a"));
    }

    @Test
    void anEventHandledAgainLeavesItsEntryAsItIs() {
        var registered = new PartnerRegisteredEvent("p-a", "Alpha Ltd", BUSINESS, LocalDate.of(2018, 5, 1));
        handle("Partner", "p-a", 0, registered);
        index--;
        handle("Partner", "p-a", 0, registered);

        assertThat(changesUpTo(index)).containsExactly(new ChangeLog.Change(PartnerProjection.COLLECTION, "p-a"));
        assertThat(names()).containsExactly("Alpha Ltd");
    }

    @Test
    void aReplayLeavesTheLogEmptyAndTheListIsReadWholeWhileItRuns() {
        register("p-b", "Beta Ltd");
        register("p-a", "Alpha Ltd");
        assertThat(names()).containsExactly("Alpha Ltd", "Beta Ltd");

        replayFromTheTail();
        assertThat(changesUpTo(2)).isEmpty();
        register("p-b", "Beta Ltd");
        assertThat(names()).containsExactly("Beta Ltd");
        register("p-a", "Alpha Ltd");

        assertThat(names()).containsExactly("Alpha Ltd", "Beta Ltd");
        assertThat(changesUpTo(2)).isEmpty();
    }

    @Test
    void theFirstReadAfterAReplayReadsItWholeAndTheNextEventsAreLoggedAgain() {
        register("p-b", "Beta Ltd");
        register("p-a", "Alpha Ltd");
        replayFromTheTail();
        register("p-b", "Beta Ltd");
        assertThat(names()).containsExactly("Beta Ltd");

        register("p-a", "Omega Ltd");
        register("p-c", "Charlie Ltd");

        assertThat(names()).containsExactly("Beta Ltd", "Charlie Ltd", "Omega Ltd");
        assertThat(changesUpTo(3)).containsExactly(new ChangeLog.Change(PartnerProjection.COLLECTION, "p-c"));
    }

    @Test
    void aReplayThatRanWholeBetweenTwoReadsIsReadWhole() {
        register("p-a", "Alpha Ltd");
        register("p-b", "Beta Ltd");
        assertThat(names()).containsExactly("Alpha Ltd", "Beta Ltd");

        // a replay by a projection that now writes other documents, back at the same position before the next read
        replayFromTheTail();
        register("p-a", "Omega Ltd");
        register("p-b", "Beta Ltd");

        assertThat(names()).containsExactly("Beta Ltd", "Omega Ltd");
    }

    @Test
    void aReplayStartedByHandIsReadWholeToo() {
        register("p-a", "Alpha Ltd");
        assertThat(names()).containsExactly("Alpha Ltd");
        register("p-b", "Beta Ltd");
        register("p-c", "Charlie Ltd");

        // reset through Axon, not the endpoint: no reset counted, and replayed from past where the list was read
        projection.prepareReset();
        segment = ReplayToken.createReplayToken(segment, GapAwareTrackingToken.newInstance(1, Set.of()));
        index = 1;
        register("p-b", "Bravo Ltd");

        assertThat(names()).containsExactly("Bravo Ltd");
    }

    @Test
    void aListReadBeforeItsLogWasPrunedIsReadWhole() {
        register("p-a", "Alpha Ltd");
        assertThat(names()).containsExactly("Alpha Ltd");
        register("p-b", "Beta Ltd");
        handle("Partner", "p-a", 1, new PartnerUpdatedEvent("p-a", "Zulu Ltd", BUSINESS, LocalDate.of(2018, 6, 1)));

        // pruned by an instance that keeps fewer entries than this one catches up from
        ChangeLog.of(database, HeldPartners.CHANGES).pruneThrough(2);

        assertThat(names()).containsExactly("Beta Ltd", "Zulu Ltd");
    }

    private void register(String partnerId, String name) {
        handle("Partner", partnerId, 0, new PartnerRegisteredEvent(partnerId, name, BUSINESS, LocalDate.of(2018, 5, 1)));
    }

    /** Resets the processor as the operations endpoint does: the read model emptied, the replay from the tail. */
    private void replayFromTheTail() {
        projection.prepareReset();
        resets++;
        segment = ReplayToken.createReplayToken(segment);
        index = 0;
    }

    /**
     * Handles the event at the next index, in a unit of work, with the segment's token advanced to it as the
     * processor does, and moves the watermark.
     */
    private void handle(String aggregateType, String aggregateId, long seq, Object event) {
        var at = GapAwareTrackingToken.newInstance(++index, Set.of());
        segment = segment instanceof WrappedToken replaying ? replaying.advancedTo(at) : at;
        var message = new GenericTrackedDomainEventMessage<>(segment,
                new GenericDomainEventMessage<>(aggregateType, aggregateId, seq, event));
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        unitOfWork.execute(() -> {
            try {
                logging.handle(unitOfWork, () -> projection.canHandle(message) ? projection.handle(message) : null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        when(fresh.watermark(PartnerProjection.PROCESSING_GROUP)).thenReturn(Watermark.of(List.of(segment), resets));
    }

    private List<ChangeLog.Change> changesUpTo(long upToIndex) {
        return ChangeLog.of(database, HeldPartners.CHANGES).between(0, upToIndex).orElseThrow();
    }

    private List<String> names() {
        return held.all().stream().map(listed -> listed.summary().name()).toList();
    }
}
