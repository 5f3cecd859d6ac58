package org.lis.support.error;

/**
 * A business error a service can report. Each service keeps its codes in one enum implementing
 * this, so the HTTP mapping never has to parse exception messages.
 */
public interface ErrorCode {

    String name();

    Kind kind();

    /**
     * How the error maps onto HTTP: 400, 404, 409 and 422 respectively. UNPROCESSABLE: well-formed input that names
     * a date or value the resource's current state cannot take (a delivery in the future, a slip to an earlier date).
     */
    enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }
}
