package org.lis.engagement.coverage.query;

/**
 * The fields of the coverage projections' documents, one nested class per collection of
 * {@link CoverageCollections}, named once for the projections that write them and the readers. Business dates
 * are ISO strings ({@link BusinessDates}), recording instants BSON dates.
 */
public final class CoverageFields {

    private CoverageFields() {
    }

    /** {@link CoverageCollections#PARTNER_VERSIONS}, keyed by the event's identifier. */
    public static final class PartnerVersions {

        public static final String PARTNER_ID = "partnerId";
        /** True for the registration, false for an update. */
        public static final String REGISTRATION = "registration";
        public static final String NAME = "name";
        public static final String TYPE = "type";
        public static final String SECTORS = "sectors";
        public static final String THEMES = "themes";
        public static final String DISTRICT = "district";
        public static final String KEY_PARTNER = "keyPartner";
        public static final String EFFECTIVE_ON = "effectiveOn";
        public static final String RECORDED_AT = "recordedAt";

        private PartnerVersions() {
        }
    }

    /** {@link CoverageCollections#FACTS}, keyed by the event's identifier. */
    public static final class Facts {

        /** A {@link FactKind}, by name. */
        public static final String KIND = "kind";
        public static final String PARTNER_ID = "partnerId";
        public static final String PROGRAMME_ID = "programmeId";
        /** True when the fact names no programme, and so counts for every one. */
        public static final String ALL_PROGRAMMES = "allProgrammes";
        public static final String ON = "on";
        public static final String RECORDED_AT = "recordedAt";
        public static final String WORKSHOP_ID = "workshopId";
        public static final String INVITATION_ID = "invitationId";
        public static final String RESPONSE = "response";
        public static final String FEEDBACK_ID = "feedbackId";
        public static final String HYPOTHESIS_ID = "hypothesisId";
        public static final String WRITTEN_SUBMISSION = "writtenSubmission";
        public static final String ACTIVITY_KIND = "activityKind";
        /** The record the fact belongs to, which a withdrawal names (see {@link Fact#ref()}). */
        public static final String REF = "ref";
        /** The themes the engagement was on, when its record names them. */
        public static final String THEMES = "themes";
        /** The standing group of a membership or group meeting. */
        public static final String GROUP_ID = "groupId";

        private Facts() {
        }
    }

    /** {@link CoverageCollections#WORKSHOPS}, keyed by the workshop's id. */
    public static final class Workshops {

        public static final String PROGRAMME_ID = "programmeId";
        public static final String PHASE_CODE = "phaseCode";
        public static final String TITLE = "title";
        public static final String THEMES = "themes";
        public static final String STARTS_AT = "startsAt";
        public static final String RECORDED_AT = "recordedAt";
        /** The hypotheses tabled at it, each with the fields of {@link Tabling}. */
        public static final String TABLED = "tabled";
        public static final String CANCELLED_ON = "cancelledOn";
        public static final String CANCELLED_RECORDED_AT = "cancelledRecordedAt";
        public static final String CLOSED_ON = "closedOn";

        private Workshops() {
        }

        public static final class Tabling {

            public static final String HYPOTHESIS_ID = "hypothesisId";
            public static final String RECORDED_AT = "recordedAt";

            private Tabling() {
            }
        }
    }

    /** {@link CoverageCollections#PROGRAMMES}, keyed by the programme's id. */
    public static final class Programmes {

        public static final String NAME = "name";
        public static final String ADOPTION_TARGET_DATE = "adoptionTargetDate";
        /** Each with the fields of {@link Phase}. */
        public static final String PHASES = "phases";
        /** A document with the fields of {@link Readiness}, or null. */
        public static final String READINESS = "readiness";
        /** A document with the fields of {@link Adoption}, once adopted. */
        public static final String ADOPTION = "adoption";
        /** The partner convening the programme, left out of its scope; absent or null for none. */
        public static final String CONVENOR_PARTNER_ID = "convenorPartnerId";

        private Programmes() {
        }

        public static final class Phase {

            public static final String CODE = "code";
            public static final String NAME = "name";
            public static final String STARTS_ON = "startsOn";
            public static final String ENDS_ON = "endsOn";

            private Phase() {
            }
        }

        public static final class Readiness {

            public static final String KEY_PARTNERS_ENGAGED = "keyPartnersEngaged";
            public static final String MIN_ENGAGED_PER_THEME = "minEngagedPerTheme";
            public static final String MIN_FEEDBACK_PER_HYPOTHESIS = "minFeedbackPerHypothesis";

            private Readiness() {
            }
        }

        public static final class Adoption {

            public static final String ADOPTED_ON = "adoptedOn";
            public static final String OVERRIDE_REASON = "overrideReason";
            public static final String FAILED_CHECKS = "failedChecks";
            public static final String RECORDED_AT = "recordedAt";

            private Adoption() {
            }
        }
    }

    /** {@link CoverageCollections#HYPOTHESES}, keyed by the hypothesis' id. */
    public static final class Hypotheses {

        public static final String PROGRAMME_ID = "programmeId";
        public static final String TITLE = "title";

        private Hypotheses() {
        }
    }
}
