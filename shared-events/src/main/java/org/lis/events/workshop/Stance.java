package org.lis.events.workshop;

/** A partner's position on an investment hypothesis. */
public enum Stance {
    SUPPORT,
    OPPOSE,
    NEUTRAL,
    CONDITIONAL
}
