package org.lis.events.partner;

public enum PartnerType {
    BUSINESS,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    LOCAL_AUTHORITY,
    CENTRAL_GOVERNMENT,
    LEP,
    INDUSTRY_BODY,
    VOLUNTARY_SECTOR,
    OTHER
}
