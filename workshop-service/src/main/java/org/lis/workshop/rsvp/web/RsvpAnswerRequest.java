package org.lis.workshop.rsvp.web;

import org.lis.events.workshop.RsvpResponse;

import jakarta.validation.constraints.NotNull;

/** The invitee's answer, given with their personal link. */
public record RsvpAnswerRequest(@NotNull RsvpResponse response) {
}
