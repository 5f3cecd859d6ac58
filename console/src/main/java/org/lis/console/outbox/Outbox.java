package org.lis.console.outbox;

import java.util.List;

/**
 * What the system's mail server received, where the host has one to show (the local stack's embedded SMTP server):
 * the console then offers officers an outbox page, so a newcomer can follow an invitation from the API to the
 * email and its calendar entry. Elsewhere mail leaves the system, and there is no such page.
 */
public interface Outbox {

    /** Every message received, oldest first. */
    List<OutboxMessage> messages();
}
