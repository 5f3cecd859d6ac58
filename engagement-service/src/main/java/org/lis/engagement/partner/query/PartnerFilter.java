package org.lis.engagement.partner.query;

import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

/** The optional filters of the partner list; null means "any". */
public record PartnerFilter(PartnerType type, String sector, Theme theme, String district, Boolean keyPartner,
                            String q) {
}
