package org.lis.support.testapp;

public record TicketRenamedEvent(String ticketId, String title) {
}
