package org.lis.workshop.live;

import java.util.List;

import org.lis.workshop.attendance.query.AttendanceView;
import org.lis.workshop.feedback.query.FeedbackView;

/** The first event of the live stream: everything recorded at the workshop so far. */
public record LiveState(String workshopId, List<AttendanceView> attendance, List<FeedbackView> feedback) {
}
