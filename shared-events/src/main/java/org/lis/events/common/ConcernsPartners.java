package org.lis.events.common;

import java.util.List;

/**
 * An event about several partners at once: one meeting with several organisations at the table, a standing
 * group's meeting. The counterpart of {@link ConcernsPartner}, so the audit's partner filter finds it for each.
 */
public interface ConcernsPartners {

    List<String> partnerIds();

    /** Every partner the event is about, for the audit's partner filter: by default the partners it names. */
    default List<String> concernedPartnerIds() {
        return partnerIds();
    }
}
