package org.lis.engagement.activity.query;

/**
 * The fields of an {@code activities} document, one an activity recorded with {@code POST /api/activities}, named
 * once for the {@link ActivityProjection} that writes them and the readers. Dates are ISO strings, enums names.
 */
public final class ActivityFields {

    /** Sequence number of the last event applied, also the aggregate's version. */
    public static final String VERSION = "version";
    public static final String KIND = "kind";
    public static final String OCCURRED_ON = "occurredOn";
    public static final String SUMMARY = "summary";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String THEMES = "themes";
    /** The partners the activity names as it stands. */
    public static final String PARTNER_IDS = "partnerIds";
    /** Every partner it ever named, so a partner a correction dropped still finds it in its history. */
    public static final String EVER_PARTNER_IDS = "everPartnerIds";
    /** RECORDED, CORRECTED or WITHDRAWN. */
    public static final String STATUS = "status";
    public static final String RECORDED_AT = "recordedAt";
    /** The activity as first recorded: kind, occurredOn, summary, themes, partnerIds. */
    public static final String ORIGINAL = "original";
    /** Each correction: what the activity became, with {@link #REASON}, {@link #AT} and the previous partners. */
    public static final String CORRECTIONS = "corrections";
    public static final String PREVIOUS_PARTNER_IDS = "previousPartnerIds";
    /** The withdrawal, with {@link #REASON} and {@link #AT}. */
    public static final String WITHDRAWAL = "withdrawal";
    public static final String REASON = "reason";
    public static final String AT = "at";

    public static final String RECORDED = "RECORDED";
    public static final String CORRECTED = "CORRECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    private ActivityFields() {
    }
}
