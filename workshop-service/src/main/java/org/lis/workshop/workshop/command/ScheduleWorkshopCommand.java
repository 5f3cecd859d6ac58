package org.lis.workshop.workshop.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lis.events.common.Theme;

/** The phase and the hypotheses have been checked against the replica and the hypotheses before this is sent. */
public record ScheduleWorkshopCommand(@TargetAggregateIdentifier String workshopId, String programmeId,
                                      String phaseCode, String title, List<Theme> themes, Instant startsAt,
                                      Instant endsAt, String venue, int capacity, String facilitator,
                                      List<String> hypothesisIds) {
}
