package org.lis.engagement.coverage.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.lis.support.test.MongoTestServer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The coverage projection in a database of its own on the tests' MongoDB-wire server, fed event messages
 * through Axon's annotation adapter (so identifiers and timestamps reach the handlers as they do in the service),
 * each as a processor hands it over: tracked at the next global index, in a unit of work of its own.
 */
public class CoverageTestBed implements AutoCloseable {

    private final MongoClient syncClient;
    private final com.mongodb.client.MongoDatabase database;
    private final List<TrackedEventMessage<?>> recorded = new ArrayList<>();
    private final List<AnnotationEventHandlerAdapter> handlers;
    private long lastIndex;

    public CoverageTestBed() {
        String uri = MongoTestServer.uri();
        syncClient = MongoClients.create(uri);
        String name = "coverage-" + UUID.randomUUID();
        database = syncClient.getDatabase(name);
        handlers = coverageHandlers(database);
    }

    /** Records {@code event} as if appended at {@code recordedAt} (ISO instant). */
    public void record(Object event, String recordedAt) {
        recordAt(++lastIndex, event, recordedAt);
    }

    /** Records {@code event} at a global index taken earlier with {@link #skip()}, as a lagging segment would. */
    void recordAt(long index, Object event, String recordedAt) {
        handle(tracked(index, new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(),
                Instant.parse(recordedAt))));
    }

    /** Takes the next global index for an event that is handled later. */
    long skip() {
        return ++lastIndex;
    }

    /** The global index of the last event recorded. */
    long lastIndex() {
        return lastIndex;
    }

    com.mongodb.client.MongoDatabase database() {
        return database;
    }

    /**
     * Records an aggregate's {@code event} with its sequence number, as appended at {@code recordedAt}, for the
     * handlers that read the sequence number (an activity's versions).
     */
    public void record(String aggregateType, String aggregateId, long sequenceNumber, Object event,
                       String recordedAt) {
        handle(tracked(++lastIndex, new GenericDomainEventMessage<>(aggregateType, aggregateId, sequenceNumber,
                event, Map.of(), UUID.randomUUID().toString(), Instant.parse(recordedAt))));
    }

    /** Feeds every recorded message again, in order, as a replay would. */
    void replay() {
        List.copyOf(recorded).forEach(this::handleAgain);
    }

    void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    /** The handlers of the {@code coverage} processing group on {@code database}, as the service has them. */
    public static List<AnnotationEventHandlerAdapter> coverageHandlers(com.mongodb.client.MongoDatabase database) {
        return List.of(new AnnotationEventHandlerAdapter(new CoverageRegisterProjection(database)),
                new AnnotationEventHandlerAdapter(new CoverageWorkshopProjection(database)),
                new AnnotationEventHandlerAdapter(new CoverageProjection(database)),
                new AnnotationEventHandlerAdapter(new CoverageGroupProjection(database)));
    }

    CoverageReport report(String programmeId, String asOf, String recordedBy, GroupBy groupBy) {
        return CoverageCalculator.report(history(programmeId), LocalDate.parse(asOf), Instant.parse(recordedBy),
                groupBy);
    }

    public CoverageHistory history(String programmeId) {
        return CoverageHistoryCache.readWhole(database, programmeId).orElseThrow();
    }

    PartnerStanding standing(String programmeId, String partnerId, String asOf, String recordedBy) {
        return StandingCalculator.standings(history(programmeId), LocalDate.parse(asOf), Instant.parse(recordedBy))
                .stream().filter(s -> s.partnerId().equals(partnerId)).findFirst().orElse(null);
    }

    /** Hands {@code message} to each coverage handler that takes it. */
    public static void handle(List<AnnotationEventHandlerAdapter> handlers, EventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void handle(TrackedEventMessage<?> message) {
        recorded.add(message);
        handleAgain(message);
    }

    private void handleAgain(TrackedEventMessage<?> message) {
        DefaultUnitOfWork.startAndGet(message).execute(() -> handle(handlers, message));
    }

    private static TrackedEventMessage<?> tracked(long index, EventMessage<?> message) {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(index, Set.of());
        return message instanceof DomainEventMessage<?> domain
                ? new GenericTrackedDomainEventMessage<>(token, domain)
                : new GenericTrackedEventMessage<>(token, message);
    }

    @Override
    public void close() {
        database.drop();
        syncClient.close();
    }
}
