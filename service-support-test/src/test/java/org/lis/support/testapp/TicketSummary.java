package org.lis.support.testapp;

public record TicketSummary(String id, String title, String kind) {
}
