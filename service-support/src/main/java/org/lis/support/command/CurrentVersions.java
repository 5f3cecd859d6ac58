package org.lis.support.command;

import java.util.Optional;

/** The version an aggregate is at now (the sequence number of its last event), empty if it has none. */
@FunctionalInterface
public interface CurrentVersions {

    Optional<Long> of(String aggregateId);
}
