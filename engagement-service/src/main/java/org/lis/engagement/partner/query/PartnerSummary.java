package org.lis.engagement.partner.query;

import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.List;

/** A row of the partner list. */
public record PartnerSummary(String id, String name, PartnerType type, List<String> sectors, List<Theme> themes,
                             String district, boolean keyPartner, LocalDate effectiveOn, long version) {
}
