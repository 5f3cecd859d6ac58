package org.lis.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.monitoring.MessageMonitor;

/**
 * An event store whose tracking readers learn of new events when they are appended, not at their next poll.
 *
 * <p>Axon's {@code EmbeddedEventStore} gives processors a stream with no "events available" callback, so a pooled
 * streaming processor that has caught up looks again every 500 ms (a fixed delay in its coordinator), and a reader
 * in the other service learns of an append only when its own store polls the database. Here:
 * <ul>
 *   <li>an append through any store of this JVM on the same event database (both services of the local stack)
 *       raises an {@link AppendSignal}, which calls every caught-up reader back at once;</li>
 *   <li>appends by other processes are pushed by MongoDB's change stream where the server has one (a replica
 *       set, {@link ChangeStreamWatcher}); where it refuses, they are noticed by a {@link HeadWatcher} polling the
 *       head of the stream, briefly while they go on and every {@code idlePoll} when nothing happens;</li>
 *   <li>each reader reads the storage engine itself ({@link SignalledEventStream}); a caught-up reader does not
 *       touch the database until signalled, so idle processors cost nothing.</li>
 * </ul>
 * Tokens, gaps and replays are the storage engine's, as with the embedded store.
 */
public class NotifyingEventStore extends AbstractEventStore implements Lifecycle {

    private final AppendSignal signal;
    private final HeadWatcher watcher;
    private final ChangeStreamWatcher changeStream;
    private final Set<SignalledEventStream> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean watching;

    protected NotifyingEventStore(Builder builder) {
        super(builder);
        EventStorageEngine engine = storageEngine();
        if (engine instanceof MongoEventStorageEngine mongo) {
            this.signal = AppendSignal.forDatabase(mongo.databaseName());
            this.watcher = new HeadWatcher(mongo, signal, builder.busyPoll, builder.idlePoll);
            this.changeStream = builder.changeStreams
                    ? new ChangeStreamWatcher(mongo.eventsCollection(), signal, () -> daemon(watcher, "event-head-watcher"))
                    : null;
        } else {
            this.signal = AppendSignal.own();
            this.watcher = null;
            this.changeStream = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        signal.appendedHere();
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        startWatching();
        SignalledEventStream stream = new SignalledEventStream(storageEngine(), signal, trackingToken, streams::remove);
        streams.add(stream);
        return stream;
    }

    private synchronized void startWatching() {
        if (!watching && watcher != null) {
            watching = true;
            if (changeStream != null) {
                daemon(changeStream, "event-change-stream");
            } else {
                daemon(watcher, "event-head-watcher");
            }
        }
    }

    /** The watchers run on threads of their own that do not keep the JVM alive. */
    private static void daemon(Runnable watcher, String name) {
        Thread thread = new Thread(watcher, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching and closes the streams still open. */
    public void shutDown() {
        if (changeStream != null) {
            changeStream.stop();
        }
        if (watcher != null) {
            watcher.stop();
        }
        List.copyOf(streams).forEach(SignalledEventStream::close);
    }

    @Override
    public void registerLifecycleHandlers(LifecycleRegistry handle) {
        handle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS - 10, this::shutDown);
    }

    /** As Axon's embedded store's builder, with the watcher's two polling delays. */
    public static class Builder extends AbstractEventStore.Builder {

        private Duration busyPoll = Duration.ofMillis(15);
        private Duration idlePoll = Duration.ofMillis(500);
        private boolean changeStreams = true;

        @Override
        public Builder storageEngine(EventStorageEngine storageEngine) {
            super.storageEngine(storageEngine);
            return this;
        }

        @Override
        public Builder messageMonitor(MessageMonitor<? super EventMessage<?>> messageMonitor) {
            super.messageMonitor(messageMonitor);
            return this;
        }

        @Override
        public Builder spanFactory(EventBusSpanFactory spanFactory) {
            super.spanFactory(spanFactory);
            return this;
        }

        /** How often the head is polled while another process appends (default 15 ms). */
        public Builder busyPoll(Duration busyPoll) {
            this.busyPoll = busyPoll;
            return this;
        }

        /** How often the head is polled when nothing happens (default 500 ms). */
        public Builder idlePoll(Duration idlePoll) {
            this.idlePoll = idlePoll;
            return this;
        }

        /** Whether to try MongoDB's change stream before polling the head (default true). */
        public Builder changeStreams(boolean changeStreams) {
            this.changeStreams = changeStreams;
            return this;
        }

        public NotifyingEventStore build() {
            return new NotifyingEventStore(this);
        }
    }
}
