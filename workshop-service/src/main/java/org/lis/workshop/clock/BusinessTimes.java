package org.lis.workshop.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.springframework.stereotype.Component;

/**
 * The business time of a request (when an invitation was sent, a partner checked in, ...): now when the client
 * gave none, refused when it lies in the future, since the board's as-of figures would count it as having
 * happened. A few minutes are allowed for the client's clock running ahead of ours.
 */
@Component
public class BusinessTimes {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    public BusinessTimes(Clock clock) {
        this.clock = clock;
    }

    public Instant orNow(Instant given, String field) {
        Instant now = clock.instant();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(CLOCK_SKEW))) {
            throw new DomainException(WorkshopError.TIME_IN_FUTURE, field,
                    field + " " + given + " is in the future; record what has happened, when it happened");
        }
        return given;
    }
}
