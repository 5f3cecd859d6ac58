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

    /**
     * Makes the document, stored already, hold this table's strings, changing in place what holds them already and
     * replacing by shared copies ({@link #share(Document)}) only the parts that do not: an updated document is its
     * stored self with the update's new entries, so only those are copied. False when one of the document's own field
     * names is not the table's (a field the update added): a name cannot be replaced in place, so the caller stores a
     * shared copy of the whole.
     */
    boolean shareInPlace(Document document) {
        for (String key : document.keySet()) {
            if (share(key) != key) {
                return false;
            }
        }
        for (var entry : document.entrySet()) {
            Object value = entry.getValue();
            Object shared = shareValueInPlace(value);
            if (shared != value) {
                entry.setValue(shared);
            }
        }
        return true;
    }

    /** The value itself when it is or holds the table's strings (changed in place where it can be), else a copy. */
    private Object shareValueInPlace(Object value) {
        if (value instanceof String string) {
            return string.length() <= LONGEST_VALUE ? share(string) : string;
        }
        if (value instanceof Document document) {
            return shareInPlace(document) ? document : share(document);
        }
        if (value instanceof List<?> list) {
            // a list may be one that cannot change, so a changed element means a new list
            List<Object> shared = null;
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                Object sharedElement = shareValueInPlace(element);
                if (sharedElement != element && shared == null) {
                    shared = new ArrayList<>(list.subList(0, i));
                }
                if (shared != null) {
                    shared.add(sharedElement);
                }
            }
            return shared == null ? list : shared;
        }
        return value;
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
