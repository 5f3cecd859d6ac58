package org.lis.engagement.partner.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lis.engagement.contact.query.ContactView;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One partner with its engagement; {@code contacts} is left out for everyone but officers. */
public record PartnerDetail(String id, String name, PartnerType type, List<String> sectors, List<Theme> themes,
                            String district, boolean keyPartner, LocalDate effectiveOn, LocalDate registeredOn,
                            long version, EngagementLevel engagementLevel, List<HistoryEntry> history,
                            List<ClassificationView> classifications,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<ContactView> contacts) {

    /**
     * The register's own history (registration, profile updates, activities) merged with the workshop
     * engagement, in date order; a stable sort keeps each source's recorded order within a day.
     */
    public PartnerDetail withEngagement(PartnerEngagement engagement, List<ContactView> visibleContacts) {
        return withEngagement(engagement, List.of(), visibleContacts);
    }

    /** As above, with the activities recorded with several partners that name this one too. */
    public PartnerDetail withEngagement(PartnerEngagement engagement, List<HistoryEntry> sharedActivities,
                                        List<ContactView> visibleContacts) {
        List<HistoryEntry> merged = new ArrayList<>(history);
        merged.addAll(sharedActivities);
        merged.addAll(engagement.workshopHistory());
        merged.sort(Comparator.comparing(HistoryEntry::on, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new PartnerDetail(id, name, type, sectors, themes, district, keyPartner, effectiveOn, registeredOn,
                version, engagement.level(), List.copyOf(merged), classifications, visibleContacts);
    }
}
