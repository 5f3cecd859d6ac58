package org.lis.engagement.group.web;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of {@code POST /api/groups/{id}/members/{partnerId}/joined}. */
public record JoinedRequest(@NotNull LocalDate joinedOn) {
}
