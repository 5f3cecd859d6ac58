package org.lis.workshop.schedule.command;

import java.time.Duration;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.lis.workshop.hypothesis.query.HypothesisSummary;
import org.lis.workshop.invitation.command.InvitePartnerCommand;
import org.lis.workshop.replica.ReplicaQueries;
import org.lis.workshop.schedule.query.WorkshopQueries;
import org.lis.workshop.schedule.query.WorkshopSummary;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The workshop commands whose rules reach beyond the workshop: the programme and phase it lies in, the hypotheses
 * put to it, the partner and contact it names. Those are checked here, against the replica and the views, before
 * the workshop is created or loaded and decides the rest; so every sender of a command (the API, a job, the
 * console) gets the same checks, in the same order. A command that lost a race is sent again and checked again.
 *
 * <p>A handler component rather than a command interceptor: the checks belong to particular commands, and here
 * they sit beside the command they guard, run in its unit of work, and are tested with the aggregate's fixture;
 * an interceptor sees every command and would have to pick out the few it checks. The tabling rule needs the
 * hypothesis' programme, which the workshop compares with its own: the handler looks it up and passes it on, so
 * no sender can claim one.
 *
 * <p>The lookups are reactive and are waited for here: {@link org.lis.support.command.CommandSender} runs handlers
 * on a worker thread, never on the event loop. They wait, bounded, for the projections when they find nothing
 * (a partner registered a moment ago is found), and never longer than the sender waits for the answer.
 */
@Component
public class WorkshopCommandHandler {

    private final Repository<Workshop> workshops;
    private final ReplicaQueries replica;
    private final HypothesisQueries hypotheses;
    private final WorkshopQueries views;
    private final Duration wait;

    public WorkshopCommandHandler(Repository<Workshop> workshops, ReplicaQueries replica, HypothesisQueries hypotheses,
                                  WorkshopQueries views, CommandProperties command) {
        this.workshops = workshops;
        this.replica = replica;
        this.hypotheses = hypotheses;
        this.views = views;
        this.wait = command.timeout();
    }

    /** The programme, its phase and the dates first, then each hypothesis in order, then the workshop's own rules. */
    @CommandHandler
    public String handle(ScheduleWorkshopCommand command) throws Exception {
        await(replica.requireWithinPhase(command.programmeId(), command.phaseCode(), command.startsAt()));
        List<String> hypothesisIds = command.hypothesisIds() == null ? List.of() : command.hypothesisIds();
        for (String hypothesisId : hypothesisIds) {
            requireOfProgramme(hypothesisId, command.programmeId());
        }
        workshops.newInstance(() -> new Workshop(command));
        return command.workshopId();
    }

    /**
     * A workshop the views do not show is either unknown, which the repository answers with a 404, or was
     * scheduled a moment ago within its phase and is checked once they show it.
     */
    @CommandHandler
    public Long handle(RescheduleWorkshopCommand command) {
        WorkshopSummary shown = await(views.shown(command.workshopId()));
        if (shown != null) {
            await(replica.requireWithinPhase(shown.programmeId(), shown.phaseCode(), command.startsAt()));
        }
        return workshops.load(command.workshopId(), command.expectedVersion())
                .invoke(workshop -> workshop.handle(command));
    }

    @CommandHandler
    public Long handle(TableHypothesisCommand command) {
        HypothesisSummary hypothesis = await(hypotheses.find(command.hypothesisId()));
        return workshops.load(command.workshopId(), command.expectedVersion())
                .invoke(workshop -> workshop.handle(command, hypothesis.programmeId()));
    }

    @CommandHandler
    public Long handle(InvitePartnerCommand command) {
        await(replica.requirePartner(command.partnerId(), command.contactId()));
        return workshops.load(command.workshopId(), command.expectedVersion())
                .invoke(workshop -> workshop.handle(command));
    }

    @CommandHandler
    public Long handle(CheckInAttendeeCommand command) {
        await(replica.requirePartner(command.partnerId(), command.contactId()));
        return workshops.load(command.workshopId(), command.expectedVersion())
                .invoke(workshop -> workshop.handle(command));
    }

    @CommandHandler
    public Long handle(RecordFeedbackCommand command) {
        await(replica.requirePartner(command.partnerId(), null));
        return workshops.load(command.workshopId(), command.expectedVersion())
                .invoke(workshop -> workshop.handle(command));
    }

    private void requireOfProgramme(String hypothesisId, String programmeId) {
        HypothesisSummary hypothesis = await(hypotheses.find(hypothesisId));
        if (!programmeId.equals(hypothesis.programmeId())) {
            throw new DomainException(WorkshopError.HYPOTHESIS_OF_OTHER_PROGRAMME, "hypothesisIds",
                    "hypothesis " + hypothesisId + " belongs to another programme");
        }
    }

    private <T> T await(Mono<T> lookup) {
        return lookup.block(wait);
    }
}
