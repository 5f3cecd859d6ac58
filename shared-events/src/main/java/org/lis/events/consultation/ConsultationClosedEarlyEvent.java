package org.lis.events.consultation;

import java.time.LocalDate;

/**
 * An officer closed a consultation window before its planned end: it now closes on {@code closesOn} (that day
 * included), so a response received after it is late. {@code reason} is free text.
 */
public record ConsultationClosedEarlyEvent(String consultationId, String programmeId, LocalDate closesOn,
                                           String reason) {
}
