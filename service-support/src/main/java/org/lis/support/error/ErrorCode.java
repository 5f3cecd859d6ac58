package org.lis.support.error;

/**
 * A business error a service can report. Each service keeps its codes in one enum implementing
 * this, so the HTTP mapping never has to parse exception messages.
 */
public interface ErrorCode {

    String name();

    Kind kind();

    /**
     * How the error maps onto HTTP: 400, 404, 409 and 422 respectively. UNPROCESSABLE is for a well-formed request
     * that a rule between its values refuses (a member leaving before joining, a date in the future).
     */
    enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }
}
