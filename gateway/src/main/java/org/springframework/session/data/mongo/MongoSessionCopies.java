package org.springframework.session.data.mongo;

import java.util.List;

/**
 * What the gateway's cache of recently read sessions needs of a {@link MongoSession}: a copy as loaded, for each
 * request to change on its own, and the ids a save of it writes. In Spring Session's package because a session's
 * creation time and original id can be set and read only from here; the store writes them back with every save.
 */
public final class MongoSessionCopies {

    private MongoSessionCopies() {
    }

    /** Everything the store keeps (the attributes' values are shared, as an in-memory store shares them). */
    public static MongoSession copyOf(MongoSession session) {
        MongoSession copy = new MongoSession(session.getId(), session.getMaxInactiveInterval().toSeconds());
        copy.setCreationTime(session.getCreationTime().toEpochMilli());
        copy.setLastAccessedTime(session.getLastAccessedTime());
        copy.setExpireAt(session.getExpireAt());
        session.getAttributeNames().forEach(name -> copy.setAttribute(name, session.getAttribute(name)));
        return copy;
    }

    /** Its id, and the one it was loaded with when that changed (a save removes that one). */
    public static List<String> idsWrittenBy(MongoSession session) {
        return session.hasChangedSessionId() ? List.of(session.getId(), session.getOriginalSessionId())
                : List.of(session.getId());
    }
}
