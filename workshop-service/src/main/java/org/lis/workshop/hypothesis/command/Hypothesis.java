package org.lis.workshop.hypothesis.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/**
 * An investment hypothesis put to partners at workshops. Proposed through {@link HypothesisCommandHandler}, which
 * checks the programme first. Wired in config.WorkshopAggregateConfig.
 */
public class Hypothesis {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @AggregateIdentifier
    private String hypothesisId;

    protected Hypothesis() {
        // for Axon
    }

    Hypothesis(ProposeHypothesisCommand command) {
        if (isBlank(command.title()) || isBlank(command.statement())) {
            throw new DomainException(WorkshopError.INVALID_HYPOTHESIS, isBlank(command.title()) ? "title" : "statement",
                    "A hypothesis needs a title and a statement");
        }
        List<String> sectors = command.sectors() == null ? List.of() : command.sectors();
        sectors.stream()
                .filter(sector -> sector == null || !KEBAB_CASE.matcher(sector).matches())
                .findFirst()
                .ifPresent(sector -> {
                    throw new DomainException(WorkshopError.INVALID_HYPOTHESIS, "sectors",
                            "Sector '" + sector + "' is not a lower-case kebab-case tag");
                });
        apply(new HypothesisProposedEvent(command.hypothesisId(), command.programmeId(), command.title().strip(),
                command.statement().strip(), command.themes(), sectors));
    }

    @EventSourcingHandler
    void on(HypothesisProposedEvent event) {
        hypothesisId = event.hypothesisId();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
