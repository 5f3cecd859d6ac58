package org.lis.engagement.consultation.query;

import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One response as recorded, with the partner's current name; {@code lateReason} only when {@code late}. */
public record ResponseView(String id, String consultationId, String partnerId, String partnerName,
                           LocalDate receivedOn, String summary, Stance stance, List<HypothesisStance> hypotheses,
                           boolean late, String lateReason, Instant recordedAt) {
}
