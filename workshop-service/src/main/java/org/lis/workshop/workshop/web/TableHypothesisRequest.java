package org.lis.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;

public record TableHypothesisRequest(@NotBlank String hypothesisId) {
}
