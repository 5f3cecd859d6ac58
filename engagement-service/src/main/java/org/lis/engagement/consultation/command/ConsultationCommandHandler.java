package org.lis.engagement.consultation.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.lis.support.command.CommandProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Checks what a consultation cannot know itself, then lets it decide: a window needs a programme that exists (one
 * defined a moment ago included) and is not adopted yet; a response needs a registered partner. The checks run
 * before the consultation is loaded, so it is not held while they wait.
 */
@Component
public class ConsultationCommandHandler {

    private final Repository<Consultation> consultations;
    private final ConsultationLookups lookups;
    private final Duration wait;

    public ConsultationCommandHandler(Repository<Consultation> consultations, ConsultationLookups lookups,
                                      CommandProperties commands) {
        this.consultations = consultations;
        this.lookups = lookups;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public String handle(OpenConsultationCommand command) throws Exception {
        lookups.requireProgrammeBeforeAdoption(command.programmeId()).block(wait);
        consultations.newInstance(() -> new Consultation(command));
        return command.consultationId();
    }

    @CommandHandler
    public Long handle(CloseConsultationEarlyCommand command) {
        return consultations.load(command.consultationId(), command.expectedVersion())
                .invoke(consultation -> consultation.handle(command));
    }

    @CommandHandler
    public Long handle(RecordConsultationResponseCommand command) {
        lookups.requirePartner(command.partnerId()).block(wait);
        return consultations.load(command.consultationId(), command.expectedVersion())
                .invoke(consultation -> consultation.handle(command));
    }
}
