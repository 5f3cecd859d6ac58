package org.lis.workshop.schedule.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.common.Theme;

/** {@link WorkshopCommandHandler} checks the programme, phase and hypotheses before the workshop is created. */
public record ScheduleWorkshopCommand(@TargetAggregateIdentifier String workshopId, String programmeId,
                                      String phaseCode, String title, List<Theme> themes, Instant startsAt,
                                      Instant endsAt, String venue, int capacity, String facilitator,
                                      List<String> hypothesisIds) {
}
