package org.lis.engagement.consultation.query;

/** The fields of the consultation read model's documents; dates are {@code YYYY-MM-DD} strings. */
public final class ConsultationFields {

    private ConsultationFields() {
    }

    /** {@link ConsultationProjection#CONSULTATIONS}, keyed by the consultation's id. */
    public static final class Consultations {

        public static final String PROGRAMME_ID = "programmeId";
        public static final String TITLE = "title";
        public static final String SUBJECT = "subject";
        public static final String OPENS_ON = "opensOn";
        public static final String CLOSES_ON = "closesOn";
        public static final String THEMES = "themes";
        public static final String HYPOTHESIS_IDS = "hypothesisIds";
        /** Set when an officer closed the window early; {@link #CLOSES_ON} is then the early close. */
        public static final String CLOSED_EARLY_REASON = "closedEarlyReason";
        /** The aggregate's version: its last event's sequence number. */
        public static final String VERSION = "version";

        private Consultations() {
        }
    }

    /** {@link ConsultationProjection#RESPONSES}, keyed by the response's id. */
    public static final class Responses {

        public static final String CONSULTATION_ID = "consultationId";
        public static final String PARTNER_ID = "partnerId";
        public static final String RECEIVED_ON = "receivedOn";
        public static final String SUMMARY = "summary";
        public static final String STANCE = "stance";
        /** Each a document with {@code hypothesisId}, {@code stance} and {@code comment}. */
        public static final String HYPOTHESES = "hypotheses";
        public static final String HYPOTHESIS_ID = "hypothesisId";
        public static final String COMMENT = "comment";
        public static final String LATE = "late";
        public static final String LATE_REASON = "lateReason";
        public static final String RECORDED_AT = "recordedAt";

        private Responses() {
        }
    }
}
