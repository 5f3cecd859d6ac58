package org.lis.workshop.invitation.web;

import java.time.Instant;

import org.lis.events.workshop.RsvpResponse;

import jakarta.validation.constraints.NotNull;

/** {@code respondedAt} defaults to now. */
public record RsvpRequest(@NotNull RsvpResponse response, Instant respondedAt) {
}
