package org.lis.engagement.consultation.command;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.common.Theme;
import org.lis.events.consultation.ConsultationClosedEarlyEvent;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.consultation.HypothesisStance;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A window in which partners are consulted on a programme's draft strategy, and the responses received. The
 * rules are in {@link ConsultationRules}; what the aggregate cannot know itself (the programme, its adoption, the
 * partner) the {@link ConsultationCommandHandler} checks before it is called. A partner may respond more than
 * once (a first view, then a fuller one): each response is recorded and counted.
 */
public class Consultation {

    @AggregateIdentifier
    private String consultationId;
    private String programmeId;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<Theme> themes;
    private List<String> hypothesisIds;
    /** The latest day a response was received within the window: an early close cannot come before it. */
    private LocalDate lastReceivedInWindow;

    protected Consultation() {
    }

    Consultation(OpenConsultationCommand command) {
        ConsultationRules.checkWindow(command);
        apply(new ConsultationOpenedEvent(command.consultationId(), command.programmeId(), command.title().strip(),
                command.subject().strip(), command.opensOn(), command.closesOn(), command.themes(),
                command.hypothesisIds().stream().map(String::strip).distinct().toList()));
    }

    Long handle(RecordConsultationResponseCommand command) {
        boolean late = ConsultationRules.checkResponse(command, opensOn, closesOn, hypothesisIds);
        List<HypothesisStance> stances = command.hypotheses().stream()
                .map(h -> new HypothesisStance(h.hypothesisId().strip(), h.stance(), blankToNull(h.comment())))
                .toList();
        apply(new ConsultationResponseRecordedEvent(consultationId, programmeId, command.responseId(),
                command.partnerId(), command.receivedOn(), command.summary().strip(), command.stance(), stances, late,
                late ? command.lateReason().strip() : null, themes));
        return AggregateLifecycle.getVersion();
    }

    /** The close comes forward, not back: a later close would reopen what partners were told had closed. */
    Long handle(CloseConsultationEarlyCommand command) {
        ConsultationRules.checkEarlyClose(command, opensOn, closesOn, lastReceivedInWindow);
        apply(new ConsultationClosedEarlyEvent(consultationId, programmeId, command.closesOn(),
                command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ConsultationResponseRecordedEvent event) {
        if (!event.late() && (lastReceivedInWindow == null || event.receivedOn().isAfter(lastReceivedInWindow))) {
            lastReceivedInWindow = event.receivedOn();
        }
    }

    @EventSourcingHandler
    void on(ConsultationClosedEarlyEvent event) {
        closesOn = event.closesOn();
    }

    @EventSourcingHandler
    void on(ConsultationOpenedEvent event) {
        consultationId = event.consultationId();
        programmeId = event.programmeId();
        opensOn = event.opensOn();
        closesOn = event.closesOn();
        themes = event.themes();
        hypothesisIds = event.hypothesisIds();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
