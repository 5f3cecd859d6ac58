/**
 * Commands of the room: checking a partner in and marking a no-show. A workshop's attendance is part of the
 * workshop, which enforces its capacity and dates, so these are handled by
 * {@link org.lis.workshop.schedule.command.Workshop} (a check-in's partner and contact first by
 * {@link org.lis.workshop.schedule.command.WorkshopCommandHandler}).
 */
package org.lis.workshop.attendance.command;
