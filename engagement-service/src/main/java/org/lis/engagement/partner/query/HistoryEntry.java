package org.lis.engagement.partner.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a partner's engagement history, dated by when it happened ({@code on}): REGISTERED or
 * PROFILE_UPDATED (with the name in force from {@code on}), ACTIVITY (with what took place), or the
 * workshop engagement the board's figures count: INVITED, RSVP (with its {@code response}), ATTENDED,
 * NO_SHOW, FEEDBACK and FEEDBACK_CORRECTED (with the hypothesis), and WITHDRAWN for a check-in recorded by mistake
 * or an invitation sent in error, taken back: the entries it took back stay, with {@code withdrawn} true.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(String kind, LocalDate on, String name, String activityId, ActivityKind activityKind,
                           String summary, String programmeId, List<Theme> themes, String workshopId,
                           String workshopTitle, String invitationId, String response, String hypothesisId,
                           String feedbackId, Boolean writtenSubmission, Boolean withdrawn) {

    public static HistoryEntry profile(String kind, LocalDate on, String name) {
        return new HistoryEntry(kind, on, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public static HistoryEntry activity(LocalDate on, String activityId, ActivityKind activityKind, String summary,
                                        String programmeId, List<Theme> themes) {
        return new HistoryEntry("ACTIVITY", on, null, activityId, activityKind, summary, programmeId, themes, null,
                null, null, null, null, null, null, null);
    }

    public static HistoryEntry workshop(String kind, LocalDate on, String programmeId, String workshopId,
                                        String workshopTitle, String invitationId, String response,
                                        String hypothesisId, String feedbackId, Boolean writtenSubmission) {
        return workshop(kind, on, programmeId, workshopId, workshopTitle, invitationId, response, hypothesisId,
                feedbackId, writtenSubmission, false);
    }

    /** {@code withdrawn}: the entry was taken back by a later WITHDRAWN entry (shown only when true). */
    public static HistoryEntry workshop(String kind, LocalDate on, String programmeId, String workshopId,
                                        String workshopTitle, String invitationId, String response,
                                        String hypothesisId, String feedbackId, Boolean writtenSubmission,
                                        boolean withdrawn) {
        return new HistoryEntry(kind, on, null, null, null, null, programmeId, null, workshopId, workshopTitle,
                invitationId, response, hypothesisId, feedbackId, writtenSubmission, withdrawn ? Boolean.TRUE : null);
    }
}
