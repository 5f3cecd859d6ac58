package org.lis.support.error;

/**
 * A business error a service can report. Each service keeps its codes in one enum implementing
 * this, so the HTTP mapping never has to parse exception messages.
 */
public interface ErrorCode {

    String name();

    Kind kind();

    /**
     * How the error maps onto HTTP: 400, 404 and 409 respectively; UNPROCESSABLE (422) for a well-formed request
     * the resource cannot take as it stands (a correction that changes nothing).
     */
    enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }
}
