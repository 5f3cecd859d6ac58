package org.lis.support.testapp;

import jakarta.validation.constraints.NotBlank;

public record RenameTicketRequest(@NotBlank String title) {
}
