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
    /** The partner that convenes the programme, or absent. */
    static final String CONVENOR_PARTNER_ID = "convenorPartnerId";
    /** Sequence number of the last event applied. */
    static final String VERSION = "version";

    private ProgrammeFields() {
    }

    static final class PhaseFields {

        static final String CODE = "code";
        static final String NAME = "name";
        static final String STARTS_ON = "startsOn";
        static final String ENDS_ON = "endsOn";
        /** DAY, WEEK or MONTH; absent in documents written before precisions existed (a day). */
        static final String STARTS_ON_PRECISION = "startsOnPrecision";
        static final String ENDS_ON_PRECISION = "endsOnPrecision";
        /** Each with the fields of {@link MilestoneFields}. */
        static final String MILESTONES = "milestones";

        private PhaseFields() {
        }
    }

    static final class MilestoneFields {

        static final String MILESTONE_ID = "milestoneId";
        static final String NAME = "name";
        /** The current due date: the defined one, or the one it last slipped to. */
        static final String DUE_ON = "dueOn";
        static final String PRECISION = "precision";
        static final String DELIVERED_ON = "deliveredOn";
        static final String DELIVERY_NOTE = "deliveryNote";
        /** Each with the fields of {@link SlipFields}, oldest first. */
        static final String SLIPS = "slips";

        private MilestoneFields() {
        }
    }

    static final class SlipFields {

        static final String FROM = "from";
        static final String FROM_PRECISION = "fromPrecision";
        static final String TO = "to";
        static final String TO_PRECISION = "toPrecision";
        static final String REASON = "reason";
        /** A {@link java.util.Date}. */
        static final String RECORDED_AT = "recordedAt";

        private SlipFields() {
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
