package org.lis.engagement.adoption.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lis.support.validation.MultiLine;

/**
 * The board's decision: the date it adopted the strategy (required: it is the board's, not the
 * server's) and, when readiness checks fail, why it adopts anyway.
 */
public record AdoptionRequest(@NotNull LocalDate adoptedOn, @Size(max = 2000) @MultiLine String overrideReason) {
}
