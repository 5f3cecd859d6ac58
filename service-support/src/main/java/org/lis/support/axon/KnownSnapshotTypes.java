package org.lis.support.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Lets through only snapshots of a class this service has. A snapshot names its aggregate's class; once that class
 * is renamed or moved, the serializer would hand back an unknown type in place of the aggregate, and the events
 * after the snapshot would be applied to an empty one. Refused, the snapshot is skipped: the aggregate is rebuilt
 * from its events, and the next snapshot replaces the old one.
 */
final class KnownSnapshotTypes implements SnapshotFilter {

    private final Serializer serializer;

    KnownSnapshotTypes(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        return !UnknownSerializedType.class.equals(serializer.classForType(snapshot.getPayload().getType()));
    }
}
