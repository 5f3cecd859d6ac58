package org.lis.engagement.group.query;

/** The fields of the {@link GroupProjection#COLLECTION} documents, named once for the projection and the queries. */
public final class GroupFields {

    public static final String VERSION = "version";
    public static final String NAME = "name";
    public static final String NAME_KEY = "nameKey";
    public static final String KIND = "kind";
    public static final String CONVENOR_PARTNER_ID = "convenorPartnerId";
    public static final String THEMES = "themes";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String DESCRIPTION = "description";
    public static final String FORMED_ON = "formedOn";
    /** Each with the fields of {@link Members}. */
    public static final String MEMBERS = "members";
    /** Each with the fields of {@link Meetings}. */
    public static final String MEETINGS = "meetings";

    private GroupFields() {
    }

    public static final class Members {

        public static final String MEMBERSHIP_ID = "membershipId";
        public static final String PARTNER_ID = "partnerId";
        public static final String INVITED_ON = "invitedOn";
        public static final String INVITED_BY = "invitedByPartnerId";
        public static final String JOINED_ON = "joinedOn";
        public static final String LEFT_ON = "leftOn";
        public static final String LEFT_REASON = "leftReason";

        private Members() {
        }
    }

    public static final class Meetings {

        public static final String MEETING_ID = "meetingId";
        public static final String HELD_ON = "heldOn";
        public static final String TITLE = "title";
        public static final String ATTENDEES = "attendeePartnerIds";
        public static final String NOTES = "notes";

        private Meetings() {
        }
    }
}
