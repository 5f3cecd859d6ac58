package org.lis.engagement.consultation.command;

import org.lis.events.consultation.HypothesisStance;
import org.lis.support.error.DomainException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.lis.engagement.EngagementError.CONSULTATION_CLOSED;
import static org.lis.engagement.EngagementError.CONSULTATION_NOT_OPEN;
import static org.lis.engagement.EngagementError.CONSULTATION_WINDOW;
import static org.lis.engagement.EngagementError.HYPOTHESIS_NOT_CONSULTED;
import static org.lis.engagement.EngagementError.INVALID_CONSULTATION;
import static org.lis.engagement.EngagementError.INVALID_CONSULTATION_RESPONSE;
import static org.lis.engagement.EngagementError.RESPONSE_IN_FUTURE;

/**
 * The rules of a consultation window and of the responses it takes. Missing input is 400 (the web layer's
 * validation says so first); well-formed input the window cannot take (a window closing before it opens, a
 * response dated outside it or in the future) is 422.
 */
final class ConsultationRules {

    private ConsultationRules() {
    }

    static void checkWindow(OpenConsultationCommand command) {
        require(command.title(), "title", INVALID_CONSULTATION);
        require(command.subject(), "subject", INVALID_CONSULTATION);
        if (command.opensOn() == null || command.closesOn() == null) {
            String field = command.opensOn() == null ? "opensOn" : "closesOn";
            throw new DomainException(INVALID_CONSULTATION, field, field + ": a consultation window needs both dates");
        }
        if (command.closesOn().isBefore(command.opensOn())) {
            throw new DomainException(CONSULTATION_WINDOW, "closesOn", "closesOn: " + command.closesOn()
                    + " is before the window opens on " + command.opensOn());
        }
        if (command.hypothesisIds().stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new DomainException(INVALID_CONSULTATION, "hypothesisIds", "hypothesisIds: an id is blank");
        }
    }

    /**
     * @return whether the response is late: received after the window closed, accepted because the officer gave a
     *         reason
     */
    static boolean checkResponse(RecordConsultationResponseCommand command, LocalDate opensOn, LocalDate closesOn,
                                 List<String> hypothesisIds) {
        require(command.summary(), "summary", INVALID_CONSULTATION_RESPONSE);
        if (command.stance() == null) {
            throw new DomainException(INVALID_CONSULTATION_RESPONSE, "stance", "stance: the response's stance on "
                    + "the draft is required (SUPPORT, OPPOSE, NEUTRAL or CONDITIONAL)");
        }
        if (command.receivedOn() == null) {
            throw new DomainException(INVALID_CONSULTATION_RESPONSE, "receivedOn", "receivedOn: required");
        }
        checkHypotheses(command.hypotheses(), hypothesisIds);
        LocalDate received = command.receivedOn();
        if (received.isAfter(command.today())) {
            throw new DomainException(RESPONSE_IN_FUTURE, "receivedOn", "receivedOn: " + received
                    + " is in the future; record a response once it has been received");
        }
        if (received.isBefore(opensOn)) {
            throw new DomainException(CONSULTATION_NOT_OPEN, "receivedOn", "receivedOn: " + received
                    + " is before the consultation opened on " + opensOn);
        }
        boolean lateReasonGiven = command.lateReason() != null && !command.lateReason().isBlank();
        boolean late = received.isAfter(closesOn);
        if (late && !lateReasonGiven) {
            throw new DomainException(CONSULTATION_CLOSED, "receivedOn", "receivedOn: " + received
                    + " is after the consultation closed on " + closesOn + "; to accept it, record it as late with "
                    + "a reason");
        }
        if (!late && command.lateReason() != null) {
            throw new DomainException(INVALID_CONSULTATION_RESPONSE, "late.reason", "late.reason: a response "
                    + "received on " + received + " is within the window, which closes on " + closesOn
                    + "; it is not late");
        }
        return late;
    }

    /**
     * A new close on or after the opening and any response received in the window, before the planned close, and
     * not in the future; with a reason.
     */
    static void checkEarlyClose(CloseConsultationEarlyCommand command, LocalDate opensOn, LocalDate closesOn,
                                LocalDate lastReceivedInWindow) {
        require(command.reason(), "reason", INVALID_CONSULTATION);
        if (command.closesOn() == null) {
            throw new DomainException(INVALID_CONSULTATION, "closesOn", "closesOn: required");
        }
        if (command.closesOn().isBefore(opensOn) || !command.closesOn().isBefore(closesOn)) {
            throw new DomainException(CONSULTATION_WINDOW, "closesOn", "closesOn: an early close falls on or after "
                    + "the opening on " + opensOn + " and before the planned close on " + closesOn + ", not on "
                    + command.closesOn());
        }
        if (lastReceivedInWindow != null && command.closesOn().isBefore(lastReceivedInWindow)) {
            throw new DomainException(CONSULTATION_WINDOW, "closesOn", "closesOn: a response was received within the "
                    + "window on " + lastReceivedInWindow + "; the window cannot close before it");
        }
        if (command.closesOn().isAfter(command.today())) {
            throw new DomainException(CONSULTATION_WINDOW, "closesOn", "closesOn: " + command.closesOn()
                    + " is in the future; close the window on the day it closes");
        }
    }

    private static void checkHypotheses(List<HypothesisStance> stances, List<String> consulted) {
        Set<String> seen = new HashSet<>();
        for (HypothesisStance stance : stances) {
            if (stance == null || stance.hypothesisId() == null || stance.hypothesisId().isBlank()
                    || stance.stance() == null) {
                throw new DomainException(INVALID_CONSULTATION_RESPONSE, "hypotheses", "hypotheses: each needs a "
                        + "hypothesisId and a stance");
            }
            String id = stance.hypothesisId().strip();
            if (!consulted.contains(id)) {
                throw new DomainException(HYPOTHESIS_NOT_CONSULTED, "hypotheses", "hypotheses: " + id
                        + " is not among the hypotheses this consultation is about");
            }
            if (!seen.add(id)) {
                throw new DomainException(INVALID_CONSULTATION_RESPONSE, "hypotheses", "hypotheses: " + id
                        + " is given twice");
            }
        }
    }

    private static void require(String text, String field, org.lis.engagement.EngagementError error) {
        if (text == null || text.isBlank()) {
            throw new DomainException(error, field, field + ": required");
        }
    }
}
