/**
 * Commands about a partner's contacts, and where their keys are kept. A contact belongs to its partner, so the
 * commands are handled by {@link org.lis.engagement.contact.command.ContactCommandHandler}, which makes or
 * destroys the contact's key and then calls {@link org.lis.engagement.partner.command.Partner}.
 */
package org.lis.engagement.contact.command;
