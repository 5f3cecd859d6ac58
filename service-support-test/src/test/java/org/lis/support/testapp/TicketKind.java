package org.lis.support.testapp;

public enum TicketKind {
    QUESTION,
    DEFECT
}
