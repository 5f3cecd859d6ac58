package org.lis.events.partner;

import org.lis.events.common.Theme;

import java.util.List;

/**
 * What coverage groups a partner by. Dated by the event that carries it, so an as-of report can
 * use the classification in force at its date.
 */
public record PartnerClassification(PartnerType type, List<String> sectors, List<Theme> themes,
                                    String district, boolean keyPartner) {

    public PartnerClassification {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
