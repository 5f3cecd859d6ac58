package org.lis.workshop;

import org.lis.support.error.ErrorCode;

/** Every business error the workshop service reports; the kind decides the HTTP status. */
public enum WorkshopError implements ErrorCode {
    INVALID_HYPOTHESIS(Kind.INVALID),
    INVALID_SCHEDULE(Kind.INVALID),
    INVALID_CAPACITY(Kind.INVALID),
    INVALID_FEEDBACK(Kind.INVALID),
    TIME_IN_FUTURE(Kind.INVALID),
    REASON_REQUIRED(Kind.INVALID),
    PHASE_UNKNOWN(Kind.INVALID),
    HYPOTHESIS_OF_OTHER_PROGRAMME(Kind.INVALID),
    PROGRAMME_UNKNOWN(Kind.NOT_FOUND),
    PARTNER_UNKNOWN(Kind.NOT_FOUND),
    CONTACT_UNKNOWN(Kind.NOT_FOUND),
    HYPOTHESIS_NOT_FOUND(Kind.NOT_FOUND),
    WORKSHOP_NOT_FOUND(Kind.NOT_FOUND),
    INVITATION_NOT_FOUND(Kind.NOT_FOUND),
    FEEDBACK_NOT_FOUND(Kind.NOT_FOUND),
    CONTACT_ERASED(Kind.CONFLICT),
    WORKSHOP_CANCELLED(Kind.CONFLICT),
    WORKSHOP_CLOSED(Kind.CONFLICT),
    HYPOTHESIS_ALREADY_TABLED(Kind.CONFLICT),
    HYPOTHESIS_NOT_TABLED(Kind.CONFLICT),
    PARTNER_ALREADY_INVITED(Kind.CONFLICT),
    WORKSHOP_FULL(Kind.CONFLICT),
    NOT_INVITED(Kind.CONFLICT),
    ALREADY_CHECKED_IN(Kind.CONFLICT),
    ALREADY_MARKED_NO_SHOW(Kind.CONFLICT),
    PARTNER_DID_NOT_ATTEND(Kind.CONFLICT),
    CORRECTION_NEEDS_OFFICER(Kind.CONFLICT),
    OUTSIDE_PHASE(Kind.CONFLICT),
    RSVP_BEFORE_INVITATION(Kind.CONFLICT),
    BEFORE_WORKSHOP(Kind.CONFLICT);

    private final Kind kind;

    WorkshopError(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
