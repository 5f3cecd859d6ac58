package org.lis.engagement.partner.query;

/** The highest engagement a partner reached, in increasing order. */
public enum EngagementLevel {
    NONE,
    INVITED,
    ACCEPTED,
    ENGAGED,
    CONTRIBUTED
}
