package org.lis.console.workshop;

import org.lis.console.client.ServiceProblem;

/**
 * The workshop service's refusals of what a facilitator did in the room, in the facilitator's words with the
 * partner's name: the service's own sentences name partners and workshops by id. Problems that are not a
 * refusal of the request (a service down, a role refused) are left to the page's error handling.
 */
final class Refusals {

    private Refusals() {
    }

    /** A refusal the page shows beside the form; anything else is an error for the page's advice. */
    static boolean isRefusal(Throwable error) {
        return error instanceof ServiceProblem problem && (problem.status() == 400 || problem.status() == 409
                || (problem.status() == 404 && "PARTNER_UNKNOWN".equals(problem.code())));
    }

    static String words(ServiceProblem problem, String partner) {
        String who = partner == null ? "This partner" : partner;
        String code = problem.code() == null ? "" : problem.code();
        return switch (code) {
            case "ALREADY_CHECKED_IN" -> who + " is already checked in";
            case "ALREADY_MARKED_NO_SHOW" -> who + " is already marked as a no-show";
            case "NOT_INVITED" -> who + " was not invited: check them in as a walk-in";
            case "WORKSHOP_CLOSED" -> "This workshop is closed: it takes no more attendance or feedback";
            case "WORKSHOP_CANCELLED" -> "This workshop is cancelled: it takes no attendance or feedback";
            case "PARTNER_UNKNOWN" -> "The register has no such partner: choose a registered partner";
            case "BEFORE_WORKSHOP" -> "This workshop starts more than a day from now: check in and take feedback"
                    + " on the day";
            case "FEEDBACK_ALREADY_GIVEN" -> who + " has already given feedback on this hypothesis: correct it"
                    + " instead";
            case "PARTNER_DID_NOT_ATTEND" -> who + " is not checked in: check them in first, or record a written"
                    + " submission";
            case "HYPOTHESIS_NOT_TABLED" -> "This hypothesis is not tabled at this workshop";
            case "CORRECTION_NEEDS_OFFICER" -> "This workshop is closed: only an officer may correct its feedback";
            case "REASON_REQUIRED" -> "Enter why the feedback is corrected";
            case "INVALID_FEEDBACK" -> "Choose a stance and a confidence from 1 to 5";
            default -> problem.words();
        };
    }
}
