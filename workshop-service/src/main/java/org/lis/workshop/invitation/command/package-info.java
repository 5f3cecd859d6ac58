/**
 * Commands about invitations: inviting a partner and recording its answer. Places are the workshop's to give, so
 * these are handled by {@link org.lis.workshop.schedule.command.Workshop} (an invitation's partner and contact
 * first by {@link org.lis.workshop.schedule.command.WorkshopCommandHandler}).
 */
package org.lis.workshop.invitation.command;
