package org.lis.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/** A stored session that knows whether anything but its last access changed since it was read. */
final class TrackedSession implements Session {

    private final Session stored;
    private final String loadedId;
    private final Instant loadedAccess;
    private boolean changed;

    private TrackedSession(Session stored, boolean changed) {
        this.stored = stored;
        this.loadedId = stored.getId();
        this.loadedAccess = stored.getLastAccessedTime();
        this.changed = changed;
    }

    static TrackedSession read(Session stored) {
        return new TrackedSession(stored, false);
    }

    static TrackedSession created(Session stored) {
        return new TrackedSession(stored, true);
    }

    Session stored() {
        return stored;
    }

    /**
     * Nothing to write but a last access less than {@code touchEvery} (and less than a tenth of the idle timeout)
     * after the stored one.
     */
    boolean onlyTouchedWithin(Duration touchEvery) {
        Duration tenth = stored.getMaxInactiveInterval().dividedBy(10);
        Duration within = tenth.compareTo(touchEvery) < 0 ? tenth : touchEvery;
        return !changed && loadedId.equals(stored.getId())
                && Duration.between(loadedAccess, stored.getLastAccessedTime()).compareTo(within) < 0;
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        changed = true;
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
        return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
        changed = true;
        stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        changed = true;
        stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        stored.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        changed = true;
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
