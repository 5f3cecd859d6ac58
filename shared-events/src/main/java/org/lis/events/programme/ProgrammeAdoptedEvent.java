package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * The board adopted the strategy. {@code failedChecks} names the readiness checks that failed at
 * adoption; they are non-empty only together with an {@code overrideReason}.
 */
public record ProgrammeAdoptedEvent(String programmeId, LocalDate adoptedOn, String overrideReason,
                                    List<String> failedChecks) {

    public ProgrammeAdoptedEvent {
        failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
    }
}
