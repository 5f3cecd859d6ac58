package org.lis.engagement;

import org.bson.Document;

import java.time.LocalDate;

/** Read models store business dates as ISO {@code YYYY-MM-DD} strings, which sort like the dates they name. */
public final class StoredDates {

    private StoredDates() {
    }

    /** The date in {@code field}, or null when the document has none. */
    public static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
