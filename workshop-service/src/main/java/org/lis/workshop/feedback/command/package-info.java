/**
 * Commands about feedback on a hypothesis at a workshop: giving it and correcting it. Who may give feedback
 * depends on who attended and on whether the workshop is closed, so these are handled by
 * {@link org.lis.workshop.schedule.command.Workshop} (new feedback's partner first by
 * {@link org.lis.workshop.schedule.command.WorkshopCommandHandler}).
 */
package org.lis.workshop.feedback.command;
