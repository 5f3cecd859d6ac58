package org.lis.engagement.consultation.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Brings a window's close forward to {@code closesOn}; {@code today} from the service's clock. */
public record CloseConsultationEarlyCommand(@TargetAggregateIdentifier String consultationId, LocalDate closesOn,
                                            String reason, LocalDate today,
                                            @TargetAggregateVersion Long expectedVersion) {
}
