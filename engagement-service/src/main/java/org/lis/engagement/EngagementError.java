package org.lis.engagement;

import org.lis.support.error.ErrorCode;

/** Every business error the engagement service reports; the kind decides the HTTP status. */
public enum EngagementError implements ErrorCode {
    INVALID_PARTNER(Kind.INVALID),
    INVALID_CONTACT(Kind.INVALID),
    INVALID_ACTIVITY(Kind.INVALID),
    INVALID_PROGRAMME(Kind.INVALID),
    INVALID_ADOPTION(Kind.INVALID),
    PARTNER_NOT_FOUND(Kind.NOT_FOUND),
    CONTACT_NOT_FOUND(Kind.NOT_FOUND),
    ACTIVITY_NOT_FOUND(Kind.NOT_FOUND),
    PROGRAMME_NOT_FOUND(Kind.NOT_FOUND),
    DUPLICATE_PARTNER_NAME(Kind.CONFLICT),
    DUPLICATE_CONTACT(Kind.CONFLICT),
    CONTACT_ALREADY_ERASED(Kind.CONFLICT),
    DUPLICATE_ACTIVITY(Kind.CONFLICT),
    ALREADY_ADOPTED(Kind.CONFLICT),
    READINESS_CHECKS_FAILED(Kind.CONFLICT),
    PHASE_IN_USE(Kind.CONFLICT),
    NOT_ADOPTED(Kind.CONFLICT),
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
