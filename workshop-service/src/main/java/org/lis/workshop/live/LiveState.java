package org.lis.workshop.live;

import java.util.List;
import java.util.stream.Stream;

import org.lis.workshop.attendance.query.AttendanceView;
import org.lis.workshop.feedback.query.FeedbackView;

/** The first event of the live stream: everything recorded at the workshop so far. */
public record LiveState(String workshopId, List<AttendanceView> attendance, List<FeedbackView> feedback) {

    /** Each item as the screen is sent it, attendance first. */
    List<LiveUpdate> updates() {
        return Stream.concat(attendance.stream().map(view -> view.live(workshopId)),
                feedback.stream().map(FeedbackView::live)).toList();
    }
}
