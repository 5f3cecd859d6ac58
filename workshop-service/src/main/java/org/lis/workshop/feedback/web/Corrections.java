package org.lis.workshop.feedback.web;

import java.util.function.Function;

import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * Where a client corrects feedback. The workshop refuses feedback given twice and names what to do instead
 * (record a correction); which resource takes the correction is for the web layer to say.
 */
final class Corrections {

    private Corrections() {
    }

    static String path(String workshopId, String feedbackId) {
        return "/api/workshops/" + workshopId + "/feedback/" + feedbackId + "/corrections";
    }

    /** Points a refusal of feedback given twice at the correction resource; leaves any other error as it is. */
    static Function<Throwable, Throwable> pointTo(String workshopId, String feedbackId) {
        return error -> error instanceof DomainException refused
                && refused.code() == WorkshopError.FEEDBACK_ALREADY_GIVEN
                ? new DomainException(refused.code(), refused.field(),
                        refused.detail() + " (POST " + path(workshopId, feedbackId) + ")")
                : error;
    }
}
