package org.lis.engagement.ops;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.lis.events.partner.PartnerRegisteredEvent;

/** A read model whose handler refuses partners named "Refused ...", while {@link #refusing} is on. */
@ProcessingGroup(FailingProjection.PROCESSING_GROUP)
class FailingProjection {

    static final String PROCESSING_GROUP = "failing-probe";
    static volatile boolean refusing = true;

    @EventHandler
    void on(PartnerRegisteredEvent event) {
        if (refusing && event.name().startsWith("Refused")) {
            throw new IllegalStateException("Cannot take partner " + event.name());
        }
    }
}
