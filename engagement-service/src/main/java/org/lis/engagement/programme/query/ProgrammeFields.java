package org.lis.engagement.programme.query;

/**
 * The fields of a {@code programmes} document, named once for the {@link ProgrammeProjection} that writes them
 * and the {@link ProgrammeQueries}. Dates are ISO strings.
 */
final class ProgrammeFields {

    static final String NAME = "name";
    static final String ADOPTION_TARGET_DATE = "adoptionTargetDate";
    /** Each with the fields of {@link PhaseFields}. */
    static final String PHASES = "phases";
    /** A document with the fields of {@link ReadinessFields}. */
    static final String READINESS = "readiness";
    static final String ADOPTED = "adopted";
    static final String ADOPTED_ON = "adoptedOn";
    static final String OVERRIDE_REASON = "overrideReason";
    static final String FAILED_CHECKS = "failedChecks";
    /** Sequence number of the last event applied. */
    static final String VERSION = "version";

    private ProgrammeFields() {
    }

    static final class PhaseFields {

        static final String CODE = "code";
        static final String NAME = "name";
        static final String STARTS_ON = "startsOn";
        static final String ENDS_ON = "endsOn";
        /** Each with the fields of {@link MilestoneFields}. */
        static final String MILESTONES = "milestones";

        private PhaseFields() {
        }
    }

    static final class MilestoneFields {

        static final String NAME = "name";
        static final String DUE_ON = "dueOn";

        private MilestoneFields() {
        }
    }

    static final class ReadinessFields {

        static final String KEY_PARTNERS_ENGAGED = "keyPartnersEngaged";
        static final String MIN_ENGAGED_PER_THEME = "minEngagedPerTheme";
        static final String MIN_FEEDBACK_PER_HYPOTHESIS = "minFeedbackPerHypothesis";

        private ReadinessFields() {
        }
    }
}
