package org.lis.support.testapp;

import java.time.Instant;

public record TicketOpenedEvent(String ticketId, String title, int priority, TicketKind kind, Instant openedAt) {
}
