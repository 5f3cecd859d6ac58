package org.lis.workshop.schedule.query;

public enum WorkshopStatus {
    SCHEDULED,
    CANCELLED,
    CLOSED
}
