package org.lis.engagement.partner.query;

/**
 * The fields of a {@code partners} document, named once for the {@link PartnerProjection} that writes them and
 * the readers. Dates are ISO strings; enums are stored by name.
 */
public final class PartnerFields {

    public static final String NAME = "name";
    /** The normalised name, which the register sorts by. */
    public static final String NAME_KEY = "nameKey";
    public static final String REGISTERED_ON = "registeredOn";
    /** Sequence number of the last event applied, also the aggregate's version. */
    public static final String VERSION = "version";
    /** Sequence number of the update whose classification is the current one; absent while the registration's is. */
    public static final String IN_FORCE_SEQ = "classificationSeq";
    /** Every dated classification, each with the fields of {@link ClassificationFields}. */
    public static final String CLASSIFICATIONS = "classifications";
    /** The engagement history, each entry with the fields of {@link HistoryFields}. */
    public static final String HISTORY = "history";

    private PartnerFields() {
    }

    /** A classification: the one in force at the top level of the document, and each of {@link #CLASSIFICATIONS}. */
    public static final class ClassificationFields {

        public static final String EFFECTIVE_ON = "effectiveOn";
        public static final String TYPE = "type";
        public static final String SECTORS = "sectors";
        public static final String THEMES = "themes";
        public static final String DISTRICT = "district";
        public static final String KEY_PARTNER = "keyPartner";

        private ClassificationFields() {
        }
    }

    /** An entry of {@link #HISTORY}. */
    public static final class HistoryFields {

        public static final String SEQ = "seq";
        /** {@link #REGISTERED}, {@link #PROFILE_UPDATED} (both with {@link #NAME}) or {@link #ACTIVITY}. */
        public static final String KIND = "kind";
        public static final String ON = "on";
        public static final String NAME = "name";
        public static final String ACTIVITY_ID = "activityId";
        public static final String ACTIVITY_KIND = "activityKind";
        public static final String SUMMARY = "summary";
        public static final String PROGRAMME_ID = "programmeId";
        public static final String THEMES = "themes";

        public static final String REGISTERED = "REGISTERED";
        public static final String PROFILE_UPDATED = "PROFILE_UPDATED";
        public static final String ACTIVITY = "ACTIVITY";

        private HistoryFields() {
        }
    }
}
