package org.lis.workshop.attendance.query;

import java.time.Instant;

import org.bson.Document;
import org.lis.workshop.mongo.Documents;

public record NoShowView(String partnerId, Instant markedAt) {

    public static NoShowView from(Document document) {
        return new NoShowView(document.getString(NoShowFields.PARTNER_ID),
                Documents.instant(document, NoShowFields.MARKED_AT));
    }
}
