package org.lis.workshop.invitation.query;

/**
 * The fields of a document of the invitations view, one an invitation id, written by {@link InvitationProjection}
 * and read by {@link InvitationView#from} and the queries. Instants are BSON dates; response is the enum's name
 * and absent until the partner answers.
 */
public final class InvitationFields {

    public static final String WORKSHOP_ID = "workshopId";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String PARTNER_ID = "partnerId";
    public static final String CONTACT_ID = "contactId";
    public static final String SENT_AT = "sentAt";
    public static final String RESPONSE = "response";
    public static final String RESPONDED_AT = "respondedAt";
    /** Set once the invitation is withdrawn (sent in error), with the reason. */
    public static final String WITHDRAWN_AT = "withdrawnAt";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    /** True once the invitation is to be emailed by the system. */
    public static final String EMAIL_REQUESTED = "emailRequested";
    /** One sub-document an email sent or failed, keyed by kind, calendar sequence and contact (see EmailRecord). */
    public static final String EMAILS = "emails";

    private InvitationFields() {
    }
}
