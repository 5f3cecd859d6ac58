package org.lis.events.consultation;

import org.lis.events.common.ConcernsPartner;
import org.lis.events.common.Theme;
import org.lis.events.workshop.Stance;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner's response to a consultation, received on {@code receivedOn}; {@code stance} is its stance on what was
 * consulted on as a whole. {@code late}: received after the window closed and accepted by an officer for
 * {@code lateReason}. {@code themes} are the consultation's, carried so that coverage can count the response under
 * them without keeping consultations of its own.
 */
public record ConsultationResponseRecordedEvent(String consultationId, String programmeId, String responseId,
                                                String partnerId, LocalDate receivedOn, String summary, Stance stance,
                                                List<HypothesisStance> hypothesisStances, boolean late,
                                                String lateReason, List<Theme> themes) implements ConcernsPartner {

    public ConsultationResponseRecordedEvent {
        hypothesisStances = hypothesisStances == null ? List.of() : List.copyOf(hypothesisStances);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
