package org.lis.engagement;

import org.lis.support.error.ErrorCode;

/** Every business error the engagement service reports; the kind decides the HTTP status. */
public enum EngagementError implements ErrorCode {
    INVALID_PARTNER(Kind.INVALID),
    INVALID_CONTACT(Kind.INVALID),
    INVALID_ACTIVITY(Kind.INVALID),
    INVALID_PROGRAMME(Kind.INVALID),
    INVALID_ADOPTION(Kind.INVALID),
    INVALID_MILESTONE_CHANGE(Kind.INVALID),
    MILESTONE_DATE_REFUSED(Kind.UNPROCESSABLE),
    PARTNER_NOT_FOUND(Kind.NOT_FOUND),
    CONTACT_NOT_FOUND(Kind.NOT_FOUND),
    ACTIVITY_NOT_FOUND(Kind.NOT_FOUND),
    PROGRAMME_NOT_FOUND(Kind.NOT_FOUND),
    MILESTONE_NOT_FOUND(Kind.NOT_FOUND),
    DUPLICATE_PARTNER_NAME(Kind.CONFLICT),
    DUPLICATE_CONTACT(Kind.CONFLICT),
    CONTACT_ALREADY_ERASED(Kind.CONFLICT),
    DUPLICATE_ACTIVITY(Kind.CONFLICT),
    ALREADY_ADOPTED(Kind.CONFLICT),
    READINESS_CHECKS_FAILED(Kind.CONFLICT),
    PHASE_IN_USE(Kind.CONFLICT),
    MILESTONE_ALREADY_DELIVERED(Kind.CONFLICT),
    NOT_ADOPTED(Kind.CONFLICT),
    INVALID_GROUP(Kind.INVALID),
    GROUP_NOT_FOUND(Kind.NOT_FOUND),
    DUPLICATE_GROUP_NAME(Kind.CONFLICT),
    ALREADY_A_MEMBER(Kind.CONFLICT),
    NOT_A_MEMBER(Kind.CONFLICT),
    INVALID_GROUP_DATE(Kind.UNPROCESSABLE),
    ATTENDEE_NOT_A_MEMBER(Kind.UNPROCESSABLE),
    INVALID_CONSULTATION(Kind.INVALID),
    INVALID_CONSULTATION_RESPONSE(Kind.INVALID),
    CONSULTATION_NOT_FOUND(Kind.NOT_FOUND),
    CONSULTATION_RESPONSE_NOT_FOUND(Kind.NOT_FOUND),
    /** A window that closes before it opens. */
    CONSULTATION_WINDOW(Kind.UNPROCESSABLE),
    /** A response received before the window opened. */
    CONSULTATION_NOT_OPEN(Kind.UNPROCESSABLE),
    /** A response received after the window closed, not recorded as late. */
    CONSULTATION_CLOSED(Kind.UNPROCESSABLE),
    RESPONSE_IN_FUTURE(Kind.UNPROCESSABLE),
    /** A stance on a hypothesis the consultation is not about. */
    HYPOTHESIS_NOT_CONSULTED(Kind.UNPROCESSABLE),
    ACTIVITY_WITHDRAWN(Kind.CONFLICT),
    ACTIVITY_PREDATES_CORRECTIONS(Kind.CONFLICT),
    INVALID_CORRECTION(Kind.UNPROCESSABLE),
    CORRECTION_CHANGES_NOTHING(Kind.UNPROCESSABLE);

    private final Kind kind;

    EngagementError(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
