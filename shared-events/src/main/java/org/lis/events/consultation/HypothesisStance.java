package org.lis.events.consultation;

import org.lis.events.workshop.Stance;

/** A response's stance on one of the hypotheses consulted on; {@code comment} is optional free text. */
public record HypothesisStance(String hypothesisId, Stance stance, String comment) {
}
