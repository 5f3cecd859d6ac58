package org.lis.engagement.coverage.query;

/** The dimensions the board can break coverage down by. */
public enum GroupBy {
    TYPE,
    SECTOR,
    THEME,
    DISTRICT,
    PHASE
}
