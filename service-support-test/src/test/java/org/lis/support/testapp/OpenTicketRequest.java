package org.lis.support.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.lis.support.validation.SingleLine;

public record OpenTicketRequest(@NotBlank @SingleLine String title, @NotNull @Min(1) Integer priority,
                                @NotNull TicketKind kind) {
}
