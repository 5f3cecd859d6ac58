package org.lis.engagement.consultation.command;

import org.lis.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/** Opens a consultation window of a programme; the id is made by the server. */
public record OpenConsultationCommand(String consultationId, String programmeId, String title, String subject,
                                      LocalDate opensOn, LocalDate closesOn, List<Theme> themes,
                                      List<String> hypothesisIds) {

    public OpenConsultationCommand {
        themes = themes == null ? List.of() : themes;
        hypothesisIds = hypothesisIds == null ? List.of() : hypothesisIds;
    }
}
