package org.lis.workshop.schedule.command;

import java.time.Instant;

import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/** Checks of a workshop command's own values, which need nothing of the workshop's state. */
final class CommandChecks {

    private CommandChecks() {
    }

    static void requireCapacity(int capacity) {
        if (capacity < 1 || capacity > 10_000) {
            throw new DomainException(WorkshopError.INVALID_CAPACITY, "capacity",
                    "Capacity must be between 1 and 10000, was " + capacity);
        }
    }

    static void requireOrderedTimes(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new DomainException(WorkshopError.INVALID_SCHEDULE, startsAt == null ? "startsAt" : "endsAt",
                    "endsAt must be after startsAt");
        }
    }

    static void requireReason(String reason, String detail) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(WorkshopError.REASON_REQUIRED, "reason", detail);
        }
    }

    static void requireValidStance(boolean hasStance, int confidence) {
        if (!hasStance || confidence < 1 || confidence > 5) {
            throw new DomainException(WorkshopError.INVALID_FEEDBACK, hasStance ? "confidence" : "stance",
                    "Feedback needs a stance and a confidence from 1 to 5");
        }
    }
}
