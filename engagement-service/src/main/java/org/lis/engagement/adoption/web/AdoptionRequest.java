package org.lis.engagement.adoption.web;

import java.time.LocalDate;

/** The board's decision: the adoption date (default today) and, when checks fail, why it adopts anyway. */
public record AdoptionRequest(LocalDate adoptedOn, String overrideReason) {
}
