package org.lis.engagement.consultation.query;

import java.time.LocalDate;

/** Where a window stands on a day: not open yet, open (both dates included) or closed. */
public enum ConsultationStatus {
    UPCOMING,
    OPEN,
    CLOSED;

    public static ConsultationStatus on(LocalDate day, LocalDate opensOn, LocalDate closesOn) {
        return day.isBefore(opensOn) ? UPCOMING : day.isAfter(closesOn) ? CLOSED : OPEN;
    }
}
