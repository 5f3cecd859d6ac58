package org.lis.engagement.contact.query;

import java.util.List;

import org.lis.events.partner.LawfulBasis;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lawfulBases {@code lis.contacts.mail.lawful-bases}: the lawful bases under which a contact may be emailed an
 *                    invitation, named on it or as one of the partner's contacts. All three by default: a workshop
 *                    invitation is the engagement each basis was recorded for, and it is not direct marketing; an
 *                    organisation that reads its bases otherwise lists fewer (e.g. CONSENT alone).
 */
@ConfigurationProperties("lis.contacts.mail")
public record MailRecipientProperties(
        @DefaultValue({"CONSENT", "LEGITIMATE_INTERESTS", "PUBLIC_TASK"}) List<LawfulBasis> lawfulBases) {
}
