/**
 * The command recording engagement outside workshops. An activity is part of its partner's history, so it is
 * handled by {@link org.lis.engagement.activity.command.ActivityCommandHandler}, which checks its programme and
 * then calls {@link org.lis.engagement.partner.command.Partner}.
 */
package org.lis.engagement.activity.command;
