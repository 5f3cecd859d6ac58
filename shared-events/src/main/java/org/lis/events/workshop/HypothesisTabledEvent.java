package org.lis.events.workshop;

public record HypothesisTabledEvent(String workshopId, String programmeId, String hypothesisId) {
}
