package org.lis.workshop.mail.command;

import java.util.List;
import java.util.Set;

/**
 * The workshop's answer to a {@link PlanMailCommand}. {@code skipped} says why nothing is to be sent, and is null
 * when the email is due. For an invitation, {@code recipients} is null: they are the named contact, or the partner's
 * contacts, as the engagement service knows them now, less {@code alreadySent}. For an update, a cancellation or a
 * reminder, they are the contacts the invitation reached that still need this email.
 */
public record MailPlan(String partnerId, String contactId, List<String> recipients, Set<String> alreadySent,
                       String skipped) {

    public static MailPlan skip(String partnerId, String why) {
        return new MailPlan(partnerId, null, List.of(), Set.of(), why);
    }

    public boolean due() {
        return skipped == null;
    }
}
