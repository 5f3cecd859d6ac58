package org.lis.engagement.partner.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a partner's engagement history, dated by when it happened ({@code on}): REGISTERED or
 * PROFILE_UPDATED (with the name in force from {@code on}), ACTIVITY (with what took place), or the
 * workshop engagement the board's figures count: INVITED, RSVP (with its {@code response}), ATTENDED,
 * NO_SHOW, FEEDBACK and FEEDBACK_CORRECTED (with the hypothesis); its standing groups: GROUP_CONVENED,
 * GROUP_INVITED, GROUP_JOINED, GROUP_LEFT and GROUP_MEETING (attended), with the group; and CONSULTATION_RESPONSE
 * (with the response's id and the consultation's themes). An activity recorded with several partners
 * also names the others present ({@code with}), its {@code status} (RECORDED, CORRECTED, WITHDRAWN), its
 * {@code corrections} and its {@code withdrawal}; {@code partnerRemoved} is true on the page of a partner a
 * correction no longer names. WITHDRAWN is a check-in recorded by mistake or an invitation sent in error, taken
 * back: the entries it took back stay, with {@code withdrawn} true.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(String kind, LocalDate on, String name, String activityId, ActivityKind activityKind,
                           String summary, String programmeId, List<Theme> themes, String workshopId,
                           String workshopTitle, String invitationId, String response, String hypothesisId,
                           String feedbackId, Boolean writtenSubmission, List<Present> with, String status,
                           List<Correction> corrections, Withdrawal withdrawal, Boolean partnerRemoved,
                           String groupId, String groupName, String responseId, Boolean withdrawn) {

    /** An entry of none of the kinds that name other partners present, a group or a consultation response. */
    public HistoryEntry(String kind, LocalDate on, String name, String activityId, ActivityKind activityKind,
                        String summary, String programmeId, List<Theme> themes, String workshopId,
                        String workshopTitle, String invitationId, String response, String hypothesisId,
                        String feedbackId, Boolean writtenSubmission) {
        this(kind, on, name, activityId, activityKind, summary, programmeId, themes, workshopId, workshopTitle,
                invitationId, response, hypothesisId, feedbackId, writtenSubmission, null, null, null, null, null,
                null, null, null, null);
    }

    public static HistoryEntry profile(String kind, LocalDate on, String name) {
        return new HistoryEntry(kind, on, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    public static HistoryEntry activity(LocalDate on, String activityId, ActivityKind activityKind, String summary,
                                        String programmeId, List<Theme> themes) {
        return new HistoryEntry("ACTIVITY", on, null, activityId, activityKind, summary, programmeId, themes, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** An activity recorded with several partners, as one of them sees it. */
    public static HistoryEntry sharedActivity(LocalDate on, String activityId, ActivityKind activityKind,
                                              String summary, String programmeId, List<Theme> themes,
                                              List<Present> with, String status, List<Correction> corrections,
                                              Withdrawal withdrawal, boolean partnerRemoved) {
        return new HistoryEntry("ACTIVITY", on, null, activityId, activityKind, summary, programmeId, themes, null,
                null, null, null, null, null, null, with, status, corrections, withdrawal,
                partnerRemoved ? Boolean.TRUE : null, null, null, null, null);
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
                invitationId, response, hypothesisId, feedbackId, writtenSubmission, null, null, null, null, null,
                null, null, null, withdrawn ? Boolean.TRUE : null);
    }

    /** A partner at an activity, by its name as last recorded. */
    public record Present(String partnerId, String name) {
    }

    /** What a correction made of an activity, when and why. */
    public record Correction(Instant at, String reason, ActivityKind kind, LocalDate occurredOn, String summary,
                             List<Theme> themes, List<String> partnerIds, List<String> previousPartnerIds) {
    }

    /** When and why an activity was withdrawn. */
    public record Withdrawal(Instant at, String reason) {
    }

    public static HistoryEntry group(String kind, LocalDate on, String programmeId, List<Theme> themes,
                                     String groupId, String groupName) {
        return new HistoryEntry(kind, on, null, null, null, null, programmeId, themes, null, null, null, null, null,
                null, null, null, null, null, null, null, groupId, groupName, null, null);
    }

    public static HistoryEntry consultationResponse(LocalDate on, String programmeId, String responseId,
                                                    List<Theme> themes) {
        return new HistoryEntry("CONSULTATION_RESPONSE", on, null, null, null, null, programmeId, themes, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, responseId, null);
    }
}
