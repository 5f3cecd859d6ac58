package org.lis.engagement.programme.query;

/** DELIVERED once delivered (whether or not it slipped first); SLIPPED once moved later and not yet delivered. */
public enum MilestoneStatus {
    DUE,
    SLIPPED,
    DELIVERED
}
