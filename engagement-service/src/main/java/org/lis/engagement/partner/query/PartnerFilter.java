package org.lis.engagement.partner.query;

import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.util.Locale;

/**
 * The optional filters of the partner list; null means "any". Sectors are kept in lower case; a district matches
 * whole, and a name contains {@code q}, in any case.
 */
public record PartnerFilter(PartnerType type, String sector, Theme theme, String district, Boolean keyPartner,
                            String q) {

    public boolean matches(PartnerSummary partner) {
        return (type == null || type == partner.type())
                && (blank(sector) || partner.sectors().contains(sector.strip().toLowerCase(Locale.ROOT)))
                && (theme == null || partner.themes().contains(theme))
                && (blank(district) || partner.district() != null
                        && partner.district().equalsIgnoreCase(district.strip()))
                && (keyPartner == null || keyPartner == partner.keyPartner())
                && (blank(q) || partner.name().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
