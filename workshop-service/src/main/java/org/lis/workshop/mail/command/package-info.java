/**
 * Commands about the emails of invitations: what is left to send, and what was sent or failed. The workshop
 * records every email, so these are handled by {@link org.lis.workshop.schedule.command.Workshop}; the mailer in
 * {@code mail.send} sends them.
 */
package org.lis.workshop.mail.command;
