package org.lis.workshop.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/** Reading values back from read-model documents, where instants are stored as BSON dates. */
public final class Documents {

    private Documents() {
    }

    public static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static List<String> strings(Document document, String key) {
        List<String> values = document.getList(key, String.class);
        return values == null ? List.of() : values;
    }
}
