package org.lis.workshop.workshop.query;

public enum WorkshopStatus {
    SCHEDULED,
    CANCELLED,
    CLOSED
}
