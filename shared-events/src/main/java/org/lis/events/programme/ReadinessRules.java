package org.lis.events.programme;

/** What the board requires before it adopts a programme's strategy. */
public record ReadinessRules(boolean keyPartnersEngaged, int minEngagedPerTheme, int minFeedbackPerHypothesis) {
}
