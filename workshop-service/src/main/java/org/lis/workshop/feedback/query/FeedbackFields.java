package org.lis.workshop.feedback.query;

/**
 * The fields of a document of the feedback view, one a feedback id, written by {@link FeedbackProjection} and
 * read by {@link FeedbackView#from} and the queries. Instants are BSON dates; stance is the enum's name.
 */
public final class FeedbackFields {

    public static final String WORKSHOP_ID = "workshopId";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String HYPOTHESIS_ID = "hypothesisId";
    public static final String PARTNER_ID = "partnerId";
    public static final String STANCE = "stance";
    public static final String CONFIDENCE = "confidence";
    public static final String COMMENT = "comment";
    public static final String WRITTEN_SUBMISSION = "writtenSubmission";
    public static final String GIVEN_AT = "givenAt";
    public static final String CORRECTED_AT = "correctedAt";
    public static final String CORRECTION_REASON = "correctionReason";

    private FeedbackFields() {
    }
}
