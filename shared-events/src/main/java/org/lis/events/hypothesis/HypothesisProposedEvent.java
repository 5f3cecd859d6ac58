package org.lis.events.hypothesis;

import org.lis.events.common.Theme;

import java.util.List;

/** An investment hypothesis to be tested with partners at workshops. */
public record HypothesisProposedEvent(String hypothesisId, String programmeId, String title, String statement,
                                      List<Theme> themes, List<String> sectors) {

    public HypothesisProposedEvent {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
