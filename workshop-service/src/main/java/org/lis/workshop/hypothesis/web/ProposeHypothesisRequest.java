package org.lis.workshop.hypothesis.web;

import java.util.List;

import org.lis.events.common.Theme;
import org.lis.support.validation.MultiLine;
import org.lis.support.validation.SingleLine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProposeHypothesisRequest(@NotBlank @SingleLine @Size(max = 100) String programmeId,
                                       @NotBlank @Size(max = 300) @SingleLine String title,
                                       @NotBlank @Size(max = 5000) @MultiLine String statement,
                                       List<@NotNull Theme> themes,
                                       @Size(max = 50) List<@NotNull @Size(max = 100)
                                               @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                                                       message = "must be a lower-case kebab-case tag") String> sectors) {
}
