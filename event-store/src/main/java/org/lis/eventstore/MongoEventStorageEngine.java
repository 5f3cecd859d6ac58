package org.lis.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertStrictPositive;
import static org.lis.eventstore.EventDocumentMapper.AGGREGATE_IDENTIFIER;
import static org.lis.eventstore.EventDocumentMapper.AGGREGATE_SEQUENCE;
import static org.lis.eventstore.EventDocumentMapper.EVENT_IDENTIFIER;
import static org.lis.eventstore.EventDocumentMapper.ID;
import static org.lis.eventstore.EventDocumentMapper.SEQUENCE_NUMBER;
import static org.lis.eventstore.EventDocumentMapper.TIMESTAMP;

/**
 * Axon event storage engine on MongoDB: one document per event in {@code domainevents} with the global index as
 * {@code _id}, indexes reserved from a counter, and tracking with Axon's {@link GapAwareTrackingToken}, so an event
 * whose insert becomes visible after a higher index is still delivered, whatever clock its writer has.
 * See docs/event-store.md for the design.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger logger = LoggerFactory.getLogger(MongoEventStorageEngine.class);

    public static final String EVENTS_COLLECTION = "domainevents";
    public static final String SNAPSHOTS_COLLECTION = "snapshotevents";
    public static final String COUNTERS_COLLECTION = "eventcounters";
    /** How many indexes past the counter {@link #headIndex()} looks at a time. */
    private static final int HEAD_PROBE = 32;
    /**
     * The most indexes one tracked read asks for in one {@code $in}. mongo-java-server's own backends check each
     * document they find against the {@code $in}'s values one by one, so n indexes in one query cost about n²/2
     * comparisons: 500 at once took 12 % of the samples in a profile of a replay. The local backend skips that check,
     * and 500 at once (with batches of 500 events) replayed no faster on it (docs/performance.md, "Replay"). On
     * MongoDB each further query is one more round trip.
     */
    private static final int IN_CHUNK = 100;

    private final MongoCollection<Document> events;
    /** The events read for handing over: payload and metadata already trees where a Jackson serializer reads them. */
    private final MongoCollection<Document> eventReads;
    private final MongoCollection<Document> snapshots;
    private final GlobalIndexAllocator allocator;
    private final AppendTransactions transactions;
    private final EventAppender appender;
    private final GapTimeouts gapTimeouts;
    private final EventDocumentMapper mapper = new EventDocumentMapper();
    private final int maxGapOffset;
    private final int trackedBatchSize;
    private final String databaseName;
    /** Whether stored events and snapshots are read as Jackson trees (see {@link EventDocumentMapper}). */
    private final boolean eventTrees;
    private final boolean snapshotTrees;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        // events, counter and snapshots: acknowledged only once durable, whatever the client's own default
        MongoDatabase database = builder.mongoClient.getDatabase(builder.databaseName)
                .withWriteConcern(builder.writeConcern);
        this.databaseName = builder.databaseName;
        this.events = database.getCollection(EVENTS_COLLECTION);
        this.snapshots = database.getCollection(SNAPSHOTS_COLLECTION);
        this.allocator = new GlobalIndexAllocator(database.getCollection(COUNTERS_COLLECTION));
        this.transactions = new AppendTransactions(builder.mongoClient, database, builder.transactionMode);
        this.appender = new EventAppender(events, allocator, transactions);
        this.gapTimeouts = new GapTimeouts(builder.clock, builder.gapTimeout, builder.gapCleaningThreshold);
        this.maxGapOffset = builder.maxGapOffset;
        this.trackedBatchSize = builder.trackedBatchSize;
        this.eventTrees = getEventSerializer() instanceof JacksonSerializer;
        this.snapshotTrees = getSnapshotSerializer() instanceof JacksonSerializer;
        this.eventReads = eventTrees ? withTrees(events) : events;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static MongoCollection<Document> withTrees(MongoCollection<Document> events) {
        CodecRegistry registry = events.getCodecRegistry();
        return events.withCodecRegistry(CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new EventTreesCodec(registry.get(Document.class))), registry));
    }

    /**
     * Creates the indexes the engine relies on; idempotent, meant to be called at start-up.
     */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(EVENT_IDENTIFIER), new IndexOptions().unique(true).name("uniqueEventIdentifier"));
        events.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER),
                           new IndexOptions().unique(true).name("uniqueAggregateSequence"));
        events.createIndex(Indexes.ascending(AGGREGATE_SEQUENCE),
                           new IndexOptions().unique(true).sparse(true).name("uniqueAggregateSequenceKey"));
        events.createIndex(Indexes.ascending(TIMESTAMP), new IndexOptions().name("timestamp"));
        logger.info("Indexes of {} ensured", EVENTS_COLLECTION);
    }

    /** The database the events are in; stores reading the same one in this JVM tell each other of appends. */
    public String databaseName() {
        return databaseName;
    }

    /** The events' collection, for a watcher of its change stream. */
    MongoCollection<Document> eventsCollection() {
        return events;
    }

    /** Whether appends run in a transaction (decided once, see {@link TransactionMode}). */
    public boolean usesTransactions() {
        return transactions.usesTransactions();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
        if (eventMessages.isEmpty()) {
            return;
        }
        try {
            List<Document> documents = new ArrayList<>(eventMessages.size());
            for (EventMessage<?> event : eventMessages) {
                documents.add(mapper.toEventDocument(event, serializer));
            }
            appender.append(documents);
            logger.debug("Appended {} events", documents.size());
        } catch (MongoException e) {
            handlePersistenceException(e, eventMessages.get(0));
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = mapper.toSnapshotDocument(snapshot, serializer);
        // replace only an older snapshot: a slow snapshotter must not overwrite a newer one
        Bson olderOrAbsent = Filters.and(Filters.eq(ID, snapshot.getAggregateIdentifier()),
                                         Filters.lt(SEQUENCE_NUMBER, snapshot.getSequenceNumber()));
        try {
            snapshots.replaceOne(olderOrAbsent, document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            logger.debug("Kept the newer snapshot of aggregate {} (offered sequence {})",
                         snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
        }
    }

    /**
     * The aggregate's next events, found by their {@link EventDocumentMapper#AGGREGATE_SEQUENCE} keys (one indexed
     * {@code $in}). Events stored before those keys were written have none: when the keys find no event at
     * {@code firstSequenceNumber} although one is stored there, or do not start there, the events are read by
     * identifier and sequence number instead.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(seq -> EventDocumentMapper.aggregateSequence(aggregateIdentifier, seq)).toList();
        List<Document> found = new ArrayList<>();
        eventReads.find(Filters.in(AGGREGATE_SEQUENCE, keys)).forEach(found::add);
        found.sort(Comparator.comparingLong(MongoEventStorageEngine::sequenceOf));
        boolean keyed = found.isEmpty() ? !storedAt(aggregateIdentifier, firstSequenceNumber)
                : sequenceOf(found.get(0)) == firstSequenceNumber;
        if (!keyed) {
            found.clear();
            eventReads.find(Filters.and(Filters.eq(AGGREGATE_IDENTIFIER, aggregateIdentifier),
                                        Filters.gte(SEQUENCE_NUMBER, firstSequenceNumber)))
                      .sort(Sorts.ascending(SEQUENCE_NUMBER))
                      .limit(batchSize)
                      .forEach(found::add);
        }
        List<DomainEventData<?>> result = new ArrayList<>(found.size());
        found.forEach(document -> result.add(mapper.toEventData(document, eventTrees)));
        return result;
    }

    /** Whether an event of the aggregate is stored at that sequence number (one lookup on the unique index). */
    private boolean storedAt(String aggregateIdentifier, long sequenceNumber) {
        return events.find(new Document(AGGREGATE_IDENTIFIER, aggregateIdentifier).append(SEQUENCE_NUMBER, sequenceNumber))
                     .projection(new Document(ID, 1)).first() != null;
    }

    private static long sequenceOf(Document document) {
        return ((Number) document.get(SEQUENCE_NUMBER)).longValue();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(mapper.toEventData(snapshot, snapshotTrees));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document last = events.find(Filters.eq(AGGREGATE_IDENTIFIER, aggregateIdentifier))
                              .sort(Sorts.descending(SEQUENCE_NUMBER))
                              .limit(1)
                              .first();
        return Optional.ofNullable(last).map(document -> ((Number) document.get(SEQUENCE_NUMBER)).longValue());
    }

    /**
     * Reads the events after the token's index and the events filling its gaps: the next
     * {@link Builder#trackedBatchSize} indexes (up to the highest reserved) and the gaps are looked up by
     * {@code _id $in} (see docs/event-store.md for why not a range query); indexes skipped on the way become gaps of
     * the returned tokens. Only when none of those indexes is visible although more were reserved (a large failed
     * append) does a range query find the next stored events. Axon passes the aggregates' batch size, not used here.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int aggregateBatchSize) {
        int batchSize = trackedBatchSize;
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token: " + lastToken.getClass().getName());
        }
        GapAwareTrackingToken token = lastToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySet())
                : gapTimeouts.withoutExpiredGaps((GapAwareTrackingToken) lastToken);
        long highestReserved = allocator.highestReserved();
        long windowEnd = Math.min(token.getIndex() + batchSize, highestReserved);
        List<Long> wanted = new ArrayList<>(token.getGaps());
        for (long index = token.getIndex() + 1; index <= windowEnd; index++) {
            wanted.add(index);
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Document> found = findIndexes(wanted, batchSize);
        if (found.isEmpty() && windowEnd < highestReserved) {
            logger.debug("No event visible at indexes {}..{}; looking beyond", token.getIndex() + 1, windowEnd);
            found = find(Filters.gt(ID, windowEnd), batchSize);
        }
        List<TrackedEventData<?>> result = new ArrayList<>(found.size());
        GapAwareTrackingToken previous = token;
        for (Document document : found) {
            long index = idOf(document);
            if (previous.getGaps().contains(index)) {
                gapTimeouts.filled(index);
            }
            previous = previous.advanceTo(index, maxGapOffset);
            result.add(new TrackedDomainEventData<>(previous, mapper.toEventData(document, eventTrees)));
        }
        return result;
    }

    /** The stored events at these ascending indexes, in that order, at most {@code limit}; {@link #IN_CHUNK} at a time. */
    private List<Document> findIndexes(List<Long> indexes, int limit) {
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < indexes.size() && found.size() < limit; from += IN_CHUNK) {
            List<Long> chunk = indexes.subList(from, Math.min(indexes.size(), from + IN_CHUNK));
            found.addAll(find(Filters.in(ID, chunk), limit - found.size()));
        }
        return found;
    }

    private List<Document> find(Bson filter, int limit) {
        List<Document> found = new ArrayList<>();
        eventReads.find(filter).sort(Sorts.ascending(ID)).limit(limit).forEach(found::add);
        return found;
    }

    private static long idOf(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    /**
     * The head of the stream: an index at or above every stored event's (0 when there is none), so a reader that
     * has reached it has seen every append completed before the call. Usually the counter's value (one read by
     * {@code _id}, unlike {@link #createHeadToken()}); but should the counter ever fall behind stored events (a
     * server that loses an increment, a counter restored from an older backup), the indexes just past it are
     * looked at too, a window at a time, until one holds none.
     */
    public long headIndex() {
        long head = allocator.highestReserved();
        while (true) {
            List<Long> window = LongStream.rangeClosed(head + 1, head + HEAD_PROBE).boxed().toList();
            Document last = events.find(Filters.in(ID, window)).projection(new Document(ID, 1))
                                  .sort(Sorts.descending(ID)).first();
            if (last == null) {
                return head;
            }
            head = idOf(last);
        }
    }

    /** Whether any of these global indexes holds a stored event (rather than a gap or an insert still in flight). */
    public boolean anyStored(Collection<Long> indexes) {
        return !indexes.isEmpty() && events.find(Filters.in(ID, indexes)).projection(new Document(ID, 1)).first() != null;
    }

    /** A token before index 1, the first index the counter hands out: a reader starting there sees every event. */
    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, Collections.emptySet());
    }

    /**
     * A token at the highest visible index. Like Axon's JDBC engine, events reserved below it whose insert is still
     * in flight are not delivered to a reader starting there.
     */
    @Override
    public TrackingToken createHeadToken() {
        Document last = events.find().sort(Sorts.descending(ID)).limit(1).first();
        return GapAwareTrackingToken.newInstance(last == null ? 0 : idOf(last), Collections.emptySet());
    }

    /**
     * A token just before the first event stamped at or after the given instant (the head if there is none).
     * Event timestamps come from the writers' clocks, so this is approximate under clock skew; on the embedded
     * server the query scans the collection.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(Filters.gte(TIMESTAMP, Date.from(dateTime))).sort(Sorts.ascending(ID)).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        return GapAwareTrackingToken.newInstance(idOf(first) - 1, Collections.emptySet());
    }

    /**
     * Builds the engine. Required: {@link #mongoClient}. Defaults: database {@code lis-events}, batch size 100 (an
     * aggregate's events) and 500 (a processor's, {@link #trackedBatchSize}), gap timeout 60 s, at most 250 gaps per
     * token ({@link #gapCleaningThreshold}), gaps kept at most 10,000 indexes behind the token ({@link #maxGapOffset}),
     * {@link TransactionMode#AUTO}, the UTC system clock to age gaps, and MongoDB duplicate key errors recognised as
     * concurrency conflicts.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoClient mongoClient;
        private String databaseName = "lis-events";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int gapCleaningThreshold = 250;
        private int maxGapOffset = 10_000;
        private int trackedBatchSize = 500;
        private TransactionMode transactionMode = TransactionMode.AUTO;
        private Clock clock = Clock.systemUTC();
        private WriteConcern writeConcern = WriteConcern.MAJORITY.withJournal(true);

        protected Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
            batchSize(100);
        }

        public Builder mongoClient(MongoClient mongoClient) {
            assertNonNull(mongoClient, "MongoClient may not be null");
            this.mongoClient = mongoClient;
            return this;
        }

        public Builder databaseName(String databaseName) {
            assertNonNull(databaseName, "Database name may not be null");
            this.databaseName = databaseName;
            return this;
        }

        /** How long a reader waits for a reserved index to become visible before it gives the event up. */
        public Builder gapTimeout(Duration gapTimeout) {
            assertNonNull(gapTimeout, "Gap timeout may not be null");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** The most gaps a token keeps; beyond it the oldest are dropped before their timeout (keeps tokens small). */
        public Builder gapCleaningThreshold(int gapCleaningThreshold) {
            assertStrictPositive(gapCleaningThreshold, "Gap cleaning threshold must be positive");
            this.gapCleaningThreshold = gapCleaningThreshold;
            return this;
        }

        /** How far (in indexes) behind the token's index a gap is still waited for, as in Axon's JDBC engine. */
        public Builder maxGapOffset(int maxGapOffset) {
            assertStrictPositive(maxGapOffset, "Max gap offset must be positive");
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /**
         * How many indexes one read of a tracking processor's stream looks at (default 500; {@link #batchSize} stays
         * what one read of an aggregate's events asks for). A processor far behind, a replay most of all, reads the
         * store in reads of this size; each read costs a round trip and a look at the head besides its events.
         */
        public Builder trackedBatchSize(int trackedBatchSize) {
            assertStrictPositive(trackedBatchSize, "Tracked batch size must be positive");
            this.trackedBatchSize = trackedBatchSize;
            return this;
        }

        public Builder transactionMode(TransactionMode transactionMode) {
            assertNonNull(transactionMode, "Transaction mode may not be null");
            this.transactionMode = transactionMode;
            return this;
        }

        /**
         * The write concern of appends, index reservations and snapshots (default: majority, journaled), so that
         * a command is answered only once its events survive a crash of the primary and a failover.
         */
        public Builder writeConcern(WriteConcern writeConcern) {
            assertNonNull(writeConcern, "Write concern may not be null");
            this.writeConcern = writeConcern;
            return this;
        }

        /** The clock that ages gaps (tests inject one); it never stamps events. */
        public Builder clock(Clock clock) {
            assertNonNull(clock, "Clock may not be null");
            this.clock = clock;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder finalAggregateBatchPredicate(Predicate<List<? extends DomainEventData<?>>> predicate) {
            super.finalAggregateBatchPredicate(predicate);
            return this;
        }

        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            assertNonNull(mongoClient, "The MongoClient is a hard requirement and should be provided");
        }
    }
}
