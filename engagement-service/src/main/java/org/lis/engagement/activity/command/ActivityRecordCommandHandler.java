package org.lis.engagement.activity.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.lis.engagement.activity.query.ActivityQueries;
import org.lis.engagement.partner.query.KnownPartnerQueries;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;

import java.time.Duration;

import static org.lis.engagement.EngagementError.ACTIVITY_NOT_FOUND;
import static org.lis.engagement.EngagementError.ACTIVITY_PREDATES_CORRECTIONS;

/**
 * Records, corrects and withdraws {@link Activity activities}. The partners named must be registered and the
 * programme must exist (each one recorded a moment ago included); the shape of the partner list is checked first,
 * so a malformed request waits on no look-up. An id that is no activity may be one recorded on its partner before
 * activities could be corrected: that is told apart from an unknown id.
 */
@Component
public class ActivityRecordCommandHandler {

    private final Repository<Activity> activities;
    private final KnownPartnerQueries partners;
    private final KnownProgrammeQueries programmes;
    private final ActivityQueries legacy;
    private final Duration wait;

    public ActivityRecordCommandHandler(Repository<Activity> activities, KnownPartnerQueries partners,
                                        KnownProgrammeQueries programmes, ActivityQueries legacy,
                                        CommandProperties commands) {
        this.activities = activities;
        this.partners = partners;
        this.programmes = programmes;
        this.legacy = legacy;
        this.wait = commands.timeout();
    }

    @CommandHandler
    public String handle(RecordActivityCommand command) throws Exception {
        ActivityRules.checkPartners(command.partnerIds());
        partners.require(command.partnerIds(), ActivityRules.PARTNERS_FIELD).block(wait);
        if (command.programmeId() != null) {
            programmes.require(command.programmeId(), ActivityCommandHandler.PROGRAMME_FIELD).block(wait);
        }
        activities.newInstance(() -> new Activity(command));
        return command.activityId();
    }

    @CommandHandler
    public Long handle(CorrectActivityCommand command) {
        Aggregate<Activity> activity = load(command.activityId(), command.expectedVersion());
        if (command.partnerIds() != null) {
            ActivityRules.checkPartners(command.partnerIds());
            partners.require(command.partnerIds(), ActivityRules.PARTNERS_FIELD).block(wait);
        }
        return activity.invoke(a -> a.handle(command));
    }

    @CommandHandler
    public Long handle(WithdrawActivityCommand command) {
        return load(command.activityId(), command.expectedVersion()).invoke(a -> a.handle(command));
    }

    private Aggregate<Activity> load(String activityId, Long expectedVersion) {
        try {
            return activities.load(activityId, expectedVersion);
        } catch (AggregateNotFoundException e) {
            if (Boolean.TRUE.equals(legacy.recordedOnAPartner(activityId).block(wait))) {
                throw new DomainException(ACTIVITY_PREDATES_CORRECTIONS, "Activity " + activityId
                        + " was recorded on its partner before activities could be corrected or withdrawn; record it"
                        + " again with POST /api/activities if it needs changing");
            }
            throw new DomainException(ACTIVITY_NOT_FOUND, "No activity " + activityId);
        }
    }
}
