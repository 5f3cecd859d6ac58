package org.lis.workshop.invitation.query;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.lis.events.workshop.RsvpResponse;
import org.lis.workshop.mongo.Documents;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code response} is null until the partner answers; {@code delivery} says what the system emailed about it. */
public record InvitationView(String id, String partnerId, String contactId, Instant sentAt, RsvpResponse response,
                             Instant respondedAt, Delivery delivery,
                             @Schema(description = "When the invitation was withdrawn (sent in error); null while "
                                     + "it stands") Instant withdrawnAt,
                             @Schema(description = "Why it was withdrawn") String withdrawalReason) {

    /** An invitation that stands. */
    public InvitationView(String id, String partnerId, String contactId, Instant sentAt, RsvpResponse response,
                          Instant respondedAt, Delivery delivery) {
        this(id, partnerId, contactId, sentAt, response, respondedAt, delivery, null, null);
    }

    public static InvitationView from(Document document) {
        Document emails = document.get(InvitationFields.EMAILS, Document.class);
        List<EmailRecord> recorded = emails == null ? List.of() : emails.values().stream()
                .filter(Document.class::isInstance).map(email -> EmailRecord.from((Document) email)).toList();
        return new InvitationView(document.getString(Documents.ID),
                document.getString(InvitationFields.PARTNER_ID),
                document.getString(InvitationFields.CONTACT_ID),
                Documents.instant(document, InvitationFields.SENT_AT),
                Documents.enumValue(document, InvitationFields.RESPONSE, RsvpResponse.class),
                Documents.instant(document, InvitationFields.RESPONDED_AT),
                Delivery.of(Documents.flag(document, InvitationFields.EMAIL_REQUESTED), recorded),
                Documents.instant(document, InvitationFields.WITHDRAWN_AT),
                document.getString(InvitationFields.WITHDRAWAL_REASON));
    }

    /** Whether the invitation still counts: it was not withdrawn. */
    public boolean counts() {
        return withdrawnAt == null;
    }
}
