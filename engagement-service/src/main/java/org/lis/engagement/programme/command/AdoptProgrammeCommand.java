package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * The board adopts the programme's strategy. {@code failedChecks} are the names of the readiness checks
 * that failed when the board decided (computed by the adoption endpoint from the read models); with any
 * of them, adoption needs a non-blank {@code overrideReason}. {@code today} is the sender's date, since
 * the aggregate reads no clock: an adoption dated after it has not happened yet.
 */
public record AdoptProgrammeCommand(@TargetAggregateIdentifier String programmeId, LocalDate adoptedOn,
                                    String overrideReason, List<String> failedChecks, LocalDate today,
                                    @TargetAggregateVersion Long expectedVersion) {

    public AdoptProgrammeCommand {
        failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
    }

    /** Adoption without optimistic concurrency: the aggregate's own rule (adopted once) is the guard. */
    public AdoptProgrammeCommand(String programmeId, LocalDate adoptedOn, String overrideReason,
                                 List<String> failedChecks, LocalDate today) {
        this(programmeId, adoptedOn, overrideReason, failedChecks, today, null);
    }
}
