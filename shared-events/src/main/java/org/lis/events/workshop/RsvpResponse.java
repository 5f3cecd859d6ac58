package org.lis.events.workshop;

public enum RsvpResponse {
    ACCEPTED,
    DECLINED,
    TENTATIVE
}
