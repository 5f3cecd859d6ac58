package org.lis.workshop.hypothesis.web;

import java.util.List;

import org.lis.events.common.Theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProposeHypothesisRequest(@NotBlank String programmeId,
                                       @NotBlank @Size(max = 300) String title,
                                       @NotBlank @Size(max = 5000) String statement,
                                       List<@NotNull Theme> themes,
                                       List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                                               message = "must be a lower-case kebab-case tag") String> sectors) {
}
