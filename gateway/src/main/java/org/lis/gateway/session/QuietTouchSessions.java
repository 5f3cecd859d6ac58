package org.lis.gateway.session;

import java.time.Duration;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;

/**
 * Sessions in MongoDB without a write per request. Every request moves a session's last access, and the store
 * would write the whole session back each time; this writes it only when something else changed (signing in,
 * the CSRF token, a new id) or the stored last access is {@code touchEvery} (at most a tenth of the idle timeout)
 * old. The price: an idle session may end that much before its idle timeout.
 */
public class QuietTouchSessions<S extends Session> implements ReactiveSessionRepository<TrackedSession> {

    private final ReactiveSessionRepository<S> store;
    private final Duration touchEvery;

    public QuietTouchSessions(ReactiveSessionRepository<S> store, Duration touchEvery) {
        this.store = store;
        this.touchEvery = touchEvery;
    }

    @Override
    public Mono<TrackedSession> createSession() {
        return store.createSession().map(TrackedSession::created);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Mono<Void> save(TrackedSession session) {
        return session.onlyTouchedWithin(touchEvery) ? Mono.empty() : store.save((S) session.stored());
    }

    @Override
    public Mono<TrackedSession> findById(String id) {
        return store.findById(id).map(TrackedSession::read);
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return store.deleteById(id);
    }
}
