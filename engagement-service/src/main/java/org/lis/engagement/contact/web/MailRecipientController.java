package org.lis.engagement.contact.web;

import java.util.List;

import org.lis.engagement.contact.query.MailRecipient;
import org.lis.engagement.contact.query.MailRecipients;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * Internal: names and addresses for the workshop service's mailer, at the moment it writes, so that no copy of them
 * is kept anywhere else. Only the {@code MAILER} role (a relay token the workshop service signs for itself) may ask;
 * the gateway routes only {@code /api/**}, so this is not reachable from outside.
 */
@RestController
@PreAuthorize("hasRole('MAILER')")
public class MailRecipientController {

    private final MailRecipients recipients;

    public MailRecipientController(MailRecipients recipients) {
        this.recipients = recipients;
    }

    @Operation(summary = "Internal, for the workshop service's mailer (role MAILER): who an invitation to the partner "
            + "is emailed to, now: the contact named, or the partner's contacts whose lawful basis allows it; "
            + "an erased contact is never among them")
    @GetMapping("/internal/partners/{partnerId}/recipients")
    public Mono<RecipientList> recipients(@PathVariable String partnerId,
                                          @RequestParam(required = false) String contactId) {
        return recipients.of(partnerId, contactId).map(RecipientList::new);
    }

    public record RecipientList(List<MailRecipient> items) {
    }
}
