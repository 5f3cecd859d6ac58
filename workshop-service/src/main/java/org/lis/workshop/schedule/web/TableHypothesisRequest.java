package org.lis.workshop.schedule.web;

import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TableHypothesisRequest(@NotBlank @SingleLine @Size(max = 100) String hypothesisId) {
}
