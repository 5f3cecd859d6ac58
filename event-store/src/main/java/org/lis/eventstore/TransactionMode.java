package org.lis.eventstore;

/**
 * Whether appends run inside a MongoDB multi-document transaction.
 */
public enum TransactionMode {
    /** Use a transaction when the server is a replica set or a sharded cluster (as the driver sees it, decided on first use). */
    AUTO,
    /** Always use a transaction; appends fail on a server that does not support them. */
    ON,
    /** Never use a transaction: a plain ordered insert (see docs/event-store.md for what a crash then means). */
    OFF
}
