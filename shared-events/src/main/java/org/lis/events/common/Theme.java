package org.lis.events.common;

/** The four Industrial Strategy Grand Challenges that partners, workshops and hypotheses are tagged with. */
public enum Theme {
    AI_AND_DATA,
    CLEAN_GROWTH,
    MOBILITY,
    AGEING_SOCIETY
}
