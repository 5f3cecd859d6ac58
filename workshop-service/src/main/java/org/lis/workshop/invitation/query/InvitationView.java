package org.lis.workshop.invitation.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.events.workshop.RsvpResponse;
import org.lis.workshop.mongo.Documents;

/** {@code response} is null until the partner answers. */
public record InvitationView(String id, String partnerId, String contactId, Instant sentAt, RsvpResponse response,
                             Instant respondedAt) {

    public static InvitationView from(Document document) {
        return new InvitationView(document.getString(Documents.ID),
                document.getString(InvitationFields.PARTNER_ID),
                document.getString(InvitationFields.CONTACT_ID),
                Documents.instant(document, InvitationFields.SENT_AT),
                Documents.enumValue(document, InvitationFields.RESPONSE, RsvpResponse.class),
                Documents.instant(document, InvitationFields.RESPONDED_AT));
    }
}
