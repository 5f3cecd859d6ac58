package org.lis.engagement.consultation.query;

import org.lis.events.common.Theme;
import org.lis.events.workshop.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A consultation window with its status today and its responses in the order received: {@code byStance} counts
 * every stance (zeros included), {@code late} the responses accepted after the window closed;
 * {@code closedEarlyReason} is set when an officer closed the window early ({@code closesOn} is then that day).
 */
public record ConsultationView(String id, String programmeId, String title, String subject, LocalDate opensOn,
                               LocalDate closesOn, List<Theme> themes, List<String> hypothesisIds,
                               ConsultationStatus status, int responseCount, Map<Stance, Integer> byStance, int late,
                               List<ResponseView> responses, long version, String closedEarlyReason) {
}
