package org.lis.events.consultation;

import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer opened (scheduled) a window in which partners are consulted on {@code subject}, e.g. the draft
 * Local Industrial Strategy, from {@code opensOn} to {@code closesOn} inclusive. Responses count as engagement
 * under {@code themes}; {@code hypothesisIds} are the investment hypotheses partners may take a stance on.
 */
public record ConsultationOpenedEvent(String consultationId, String programmeId, String title, String subject,
                                      LocalDate opensOn, LocalDate closesOn, List<Theme> themes,
                                      List<String> hypothesisIds) {

    public ConsultationOpenedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
        hypothesisIds = hypothesisIds == null ? List.of() : List.copyOf(hypothesisIds);
    }
}
