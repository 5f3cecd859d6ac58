package org.lis.engagement.programme.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * The board adopts the programme's strategy. Which readiness checks fail as of {@code adoptedOn} is worked
 * out by the {@link AdoptionCommandHandler}, not told by the sender; with any failing, adoption needs a
 * non-blank {@code overrideReason}. {@code today} is the sender's date, since the aggregate reads no clock:
 * an adoption dated after it has not happened yet.
 */
public record AdoptProgrammeCommand(@TargetAggregateIdentifier String programmeId, LocalDate adoptedOn,
                                    String overrideReason, LocalDate today,
                                    @TargetAggregateVersion Long expectedVersion) {

    /** Adoption without optimistic concurrency: the aggregate's own rule (adopted once) is the guard. */
    public AdoptProgrammeCommand(String programmeId, LocalDate adoptedOn, String overrideReason, LocalDate today) {
        this(programmeId, adoptedOn, overrideReason, today, null);
    }
}
