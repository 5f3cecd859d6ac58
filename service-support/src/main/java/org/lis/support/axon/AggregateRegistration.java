package org.lis.support.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * How a service registers an event-sourced aggregate: declare one as a bean, and Axon picks it up as a
 * {@link ConfigurerModule}.
 * <ul>
 *   <li>The aggregate loads only its own type's events and has a cache of its own. Both services share
 *       one event store, and a cache is keyed by aggregate id alone: a command sent to another
 *       aggregate's id (a hypothesis' to a workshop endpoint, a programme's to a partner's) would
 *       otherwise find that aggregate in a shared cache or replay its events, and fail as a server error
 *       or append under the wrong id; this way it finds nothing (404). Registered with Axon's configurer
 *       rather than {@code @Aggregate}, whose {@code filterEventsByType} Axon 4.13's Spring lookup does
 *       not pass on.</li>
 *   <li>An aggregate whose stream grows long is {@linkplain #snapshotted snapshotted} every
 *       {@code lis.axon.snapshot-threshold} events, so a load after a restart or a cache eviction reads
 *       the snapshot and the events since (the embedded server scans the events collection for an
 *       aggregate's events). It has a snapshotter of its own: the application's snapshotter knows only
 *       aggregates it found as Spring beans and refuses one registered here as of an unknown type. The
 *       event store writes the snapshot with the field-based snapshot serializer
 *       ({@link AxonSerializationAutoConfiguration#snapshotSerializer()}).</li>
 * </ul>
 * Another node's write makes a cached copy stale; the append then fails with a ConcurrencyException, Axon
 * evicts the entry and CommandSender sends the command again. {@link #cache()} lets an operator tool or a
 * test empty the cache, so the next command loads from the event store.
 *
 * @param <T> the aggregate's type
 */
public final class AggregateRegistration<T> implements ConfigurerModule {

    private final Class<T> type;
    private final Integer snapshotThreshold;
    private final Cache cache = new WeakReferenceCache();

    private AggregateRegistration(Class<T> type, Integer snapshotThreshold) {
        this.type = type;
        this.snapshotThreshold = snapshotThreshold;
    }

    /** An aggregate with a short life (a few events), loaded from its events alone. */
    public static <T> AggregateRegistration<T> of(Class<T> type) {
        return new AggregateRegistration<>(type, null);
    }

    /** An aggregate with a long stream, snapshotted every {@code lis.axon.snapshot-threshold} events. */
    public static <T> AggregateRegistration<T> snapshotted(Class<T> type, LisAxonProperties axon) {
        return new AggregateRegistration<>(type, axon.snapshotThreshold());
    }

    public Cache cache() {
        return cache;
    }

    @Override
    public void configureModule(Configurer configurer) {
        AggregateConfigurer<T> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureCache(configuration -> cache)
                .configureFilterEventsByType(configuration -> true);
        if (snapshotThreshold != null) {
            aggregate.configureSnapshotTrigger(configuration -> new EventCountSnapshotTriggerDefinition(
                    snapshotter(configuration, aggregate), snapshotThreshold));
        }
        configurer.configureAggregate(aggregate);
    }

    private Snapshotter snapshotter(Configuration configuration, AggregateConfigurer<T> aggregate) {
        return AggregateSnapshotter.builder()
                .eventStore(configuration.eventStore())
                .aggregateFactories(aggregate.aggregateFactory())
                .parameterResolverFactory(configuration.parameterResolverFactory())
                .handlerDefinition(configuration.handlerDefinition(type))
                .build();
    }
}
