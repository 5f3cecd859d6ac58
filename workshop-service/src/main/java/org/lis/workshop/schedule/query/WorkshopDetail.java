package org.lis.workshop.schedule.query;

import java.time.Instant;
import java.util.List;

import org.lis.events.common.Theme;
import org.lis.workshop.attendance.query.AttendanceView;
import org.lis.workshop.attendance.query.NoShowView;
import org.lis.workshop.feedback.query.FeedbackView;
import org.lis.workshop.invitation.query.InvitationView;

/** A workshop with everything recorded at it. */
public record WorkshopDetail(String id, String programmeId, String phaseCode, String title, List<Theme> themes,
                             Instant startsAt, Instant endsAt, String venue, int capacity, String facilitator,
                             List<String> hypothesisIds, WorkshopStatus status, String cancelReason,
                             Instant cancelledAt, Instant closedAt, long version, WorkshopCounts counts,
                             List<InvitationView> invitations, List<AttendanceView> attendance,
                             List<NoShowView> noShows, List<FeedbackView> feedback) {
}
