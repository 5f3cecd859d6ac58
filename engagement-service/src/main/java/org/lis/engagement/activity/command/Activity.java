package org.lis.engagement.activity.command;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.error.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.engagement.EngagementError.ACTIVITY_WITHDRAWN;
import static org.lis.engagement.EngagementError.CORRECTION_CHANGES_NOTHING;
import static org.lis.engagement.EngagementError.INVALID_ACTIVITY;
import static org.lis.engagement.EngagementError.INVALID_CORRECTION;

/**
 * One engagement activity outside workshops, with every partner at the table: recorded once, then corrected or
 * withdrawn by new events with a reason, never edited. That its partners are registered and its programme exists
 * is looked up by {@link ActivityRecordCommandHandler} before it calls these methods.
 */
public class Activity {

    @AggregateIdentifier
    private String activityId;
    private List<String> partnerIds;
    private ActivityKind kind;
    private LocalDate occurredOn;
    private String summary;
    private String programmeId;
    private List<Theme> themes;
    private boolean withdrawn;

    protected Activity() {
    }

    public Activity(RecordActivityCommand command) {
        ActivityRules.checkPartners(command.partnerIds());
        if (command.kind() == null) {
            throw new DomainException(INVALID_ACTIVITY, "kind", "kind: an activity needs a kind");
        }
        if (command.occurredOn() == null) {
            throw new DomainException(INVALID_ACTIVITY, "occurredOn", "occurredOn: an activity needs the date it took place");
        }
        if (command.occurredOn().isAfter(command.today())) {
            throw new DomainException(INVALID_ACTIVITY, "occurredOn",
                    "occurredOn: " + command.occurredOn() + " is in the future; record engagement once it took place");
        }
        ActivityRules.checkText(command.summary(), "summary", "say what the engagement was about");
        apply(new ActivityRecordedEvent(command.activityId(), List.copyOf(command.partnerIds()), command.kind(),
                command.occurredOn(), command.summary().strip(), command.programmeId(), distinct(command.themes())));
    }

    /** What the command gives replaces; a correction that leaves the activity as it is records nothing and is refused. */
    public Long handle(CorrectActivityCommand command) {
        ActivityRules.checkText(command.reason(), "reason", "say why the activity is corrected");
        refuseIfWithdrawn("corrected");
        if (command.partnerIds() != null) {
            ActivityRules.checkPartners(command.partnerIds());
        }
        if (command.summary() != null) {
            ActivityRules.checkText(command.summary(), "summary", "say what the engagement was about");
        }
        if (command.occurredOn() != null && command.occurredOn().isAfter(command.today())) {
            throw new DomainException(INVALID_CORRECTION, "occurredOn",
                    "occurredOn: " + command.occurredOn() + " is in the future; an activity is recorded once it took place");
        }
        List<String> newPartners = command.partnerIds() == null ? partnerIds : List.copyOf(command.partnerIds());
        ActivityKind newKind = command.kind() == null ? kind : command.kind();
        LocalDate newDate = command.occurredOn() == null ? occurredOn : command.occurredOn();
        String newSummary = command.summary() == null ? summary : command.summary().strip();
        List<Theme> newThemes = command.themes() == null ? themes : distinct(command.themes());
        boolean unchanged = new HashSet<>(newPartners).equals(new HashSet<>(partnerIds)) && newKind == kind
                && newDate.equals(occurredOn) && newSummary.equals(summary)
                && new HashSet<>(newThemes).equals(new HashSet<>(themes));
        if (unchanged) {
            throw new DomainException(CORRECTION_CHANGES_NOTHING,
                    "The correction leaves activity " + activityId + " as it is; give what should change");
        }
        apply(new ActivityCorrectedEvent(activityId, newPartners, partnerIds, newKind, newDate, newSummary,
                programmeId, newThemes, command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    public Long handle(WithdrawActivityCommand command) {
        ActivityRules.checkText(command.reason(), "reason", "say why the activity is withdrawn");
        refuseIfWithdrawn("withdrawn again");
        apply(new ActivityWithdrawnEvent(activityId, partnerIds, programmeId, command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    private void refuseIfWithdrawn(String what) {
        if (withdrawn) {
            throw new DomainException(ACTIVITY_WITHDRAWN, "Activity " + activityId + " is withdrawn: it cannot be " + what);
        }
    }

    @EventSourcingHandler
    void on(ActivityRecordedEvent event) {
        activityId = event.activityId();
        partnerIds = event.partnerIds();
        kind = event.kind();
        occurredOn = event.occurredOn();
        summary = event.summary();
        programmeId = event.programmeId();
        themes = event.themes();
    }

    @EventSourcingHandler
    void on(ActivityCorrectedEvent event) {
        partnerIds = event.partnerIds();
        kind = event.kind();
        occurredOn = event.occurredOn();
        summary = event.summary();
        themes = event.themes();
    }

    @EventSourcingHandler
    void on(ActivityWithdrawnEvent event) {
        withdrawn = true;
    }

    private static List<Theme> distinct(List<Theme> themes) {
        return themes == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(themes));
    }
}
