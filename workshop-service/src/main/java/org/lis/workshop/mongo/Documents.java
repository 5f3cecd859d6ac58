package org.lis.workshop.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/** Keys and values of read-model documents, where instants are stored as BSON dates and enums by name. */
public final class Documents {

    /** The key every read-model document is found by. */
    public static final String ID = "_id";

    private Documents() {
    }

    public static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    /** The enum constant stored by its name, or null when the field is absent. */
    public static <E extends Enum<E>> E enumValue(Document document, String key, Class<E> type) {
        String name = document.getString(key);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** False when the field is absent. */
    public static boolean flag(Document document, String key) {
        return Boolean.TRUE.equals(document.getBoolean(key));
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static List<String> strings(Document document, String key) {
        List<String> values = document.getList(key, String.class);
        return values == null ? List.of() : values;
    }
}
