package org.lis.engagement.partner.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.engagement.contact.query.ContactView;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.List;

/** One partner with its engagement; {@code contacts} is left out for everyone but officers. */
public record PartnerDetail(String id, String name, PartnerType type, List<String> sectors, List<Theme> themes,
                            String district, boolean keyPartner, LocalDate effectiveOn, LocalDate registeredOn,
                            long version, EngagementLevel engagementLevel, List<HistoryEntry> history,
                            List<ClassificationView> classifications,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<ContactView> contacts) {

    public PartnerDetail withEngagement(EngagementLevel level, List<ContactView> visibleContacts) {
        return new PartnerDetail(id, name, type, sectors, themes, district, keyPartner, effectiveOn, registeredOn,
                version, level, history, classifications, visibleContacts);
    }
}
