package org.lis.workshop.replica;

/**
 * The fields of a document of {@link ReplicaCollections#PROGRAMMES}, one a programme id, written by
 * {@link ReplicaProjection} and read by {@link ReplicaQueries}. {@code phases} holds one sub-document a phase with
 * its code and ISO dates, either date null when the phase has none; adoptedOn is an ISO date.
 */
final class ProgrammeFields {

    static final String NAME = "name";
    static final String PHASE_CODES = "phaseCodes";
    static final String PHASES = "phases";
    static final String PHASE_CODE = "code";
    static final String PHASE_STARTS_ON = "startsOn";
    static final String PHASE_ENDS_ON = "endsOn";
    static final String ADOPTED_ON = "adoptedOn";

    private ProgrammeFields() {
    }
}
