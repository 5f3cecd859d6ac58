package org.lis.localmongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Field names and short string values that a collection's documents repeat, held once. The server decodes every
 * string of every request anew, so each stored partner kept its own copy of every field name, type, sector and date:
 * about half of the objects the heap held while a replay stored 100,000 partners, each traced and copied by the
 * collector.
 *
 * <p>A fixed table of recent strings, one a slot: a string that finds its equal in its slot is replaced by it, one
 * that does not takes the slot. Strings used by many documents stay; a unique one (a name, an id) passes through and
 * costs a comparison. Used under its collection's lock.
 */
final class SharedStrings {

    /** Longer values are names, ids and free text, which documents rarely repeat. */
    static final int LONGEST_VALUE = 24;

    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];

    /**
     * The document again, field for field in the same order, with this table's strings for its field names and short
     * string values, nested documents and lists alike. Documents and lists are new, as mutable as the server's own.
     */
    Document share(Document document) {
        Document shared = new Document();
        document.forEach((key, value) -> shared.put(share(key), shareValue(value)));
        return shared;
    }

    String share(String string) {
        int hash = string.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String held = slots[slot];
        if (string.equals(held)) {
            return held;
        }
        slots[slot] = string;
        return string;
    }

    private Object shareValue(Object value) {
        if (value instanceof String string) {
            return string.length() <= LONGEST_VALUE ? share(string) : string;
        }
        if (value instanceof Document document) {
            return share(document);
        }
        if (value instanceof List<?> list) {
            List<Object> shared = new ArrayList<>(list.size());
            list.forEach(element -> shared.add(shareValue(element)));
            return shared;
        }
        return value;
    }
}
