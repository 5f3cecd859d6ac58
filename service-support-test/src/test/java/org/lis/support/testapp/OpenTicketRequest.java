package org.lis.support.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record OpenTicketRequest(@NotBlank String title, @NotNull @Min(1) Integer priority, @NotNull TicketKind kind) {
}
