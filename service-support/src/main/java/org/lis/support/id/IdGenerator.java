package org.lis.support.id;

import java.util.UUID;

/**
 * Makes the ids the server hands out. A bean, so tests can replace it with a predictable
 * sequence instead of asserting on random UUIDs.
 */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    /** The production generator: random UUIDs. */
    static IdGenerator randomUuids() {
        return () -> UUID.randomUUID().toString();
    }
}
