package org.lis.workshop.invitation.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.events.workshop.RsvpResponse;
import org.lis.workshop.mongo.Documents;

/** {@code response} is null until the partner answers. */
public record InvitationView(String id, String partnerId, String contactId, Instant sentAt, RsvpResponse response,
                             Instant respondedAt) {

    public static InvitationView from(Document document) {
        String response = document.getString("response");
        return new InvitationView(document.getString("_id"), document.getString("partnerId"),
                document.getString("contactId"), Documents.instant(document, "sentAt"),
                response == null ? null : RsvpResponse.valueOf(response), Documents.instant(document, "respondedAt"));
    }
}
