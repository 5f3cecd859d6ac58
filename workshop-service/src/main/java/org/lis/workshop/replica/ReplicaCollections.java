package org.lis.workshop.replica;

/** The collections of what this service knows of the engagement service's partners and programmes. */
final class ReplicaCollections {

    static final String PARTNERS = "replica_partners";
    static final String PROGRAMMES = "replica_programmes";

    private ReplicaCollections() {
    }
}
