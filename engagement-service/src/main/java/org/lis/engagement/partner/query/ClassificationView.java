package org.lis.engagement.partner.query;

import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.List;

/** A classification and the date it is in force from. */
public record ClassificationView(LocalDate effectiveOn, PartnerType type, List<String> sectors, List<Theme> themes,
                                 String district, boolean keyPartner) {
}
