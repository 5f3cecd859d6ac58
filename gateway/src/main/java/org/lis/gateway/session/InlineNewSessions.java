package org.lis.gateway.session;

import java.util.function.Supplier;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;

/**
 * New sessions made on the request's own thread. Every request without a session cookie (a script's, a health
 * check's) gets a new, unsaved session when Spring Security looks for a signed-in person in it; the MongoDB store
 * makes that one on a pool for slow work and hands it back on another pool, two thread hops per request for an
 * object nobody saves. A random id from the JDK does not block on Linux. Everything else goes to the store.
 */
public class InlineNewSessions<S extends Session> implements ReactiveSessionRepository<S> {

    private final ReactiveSessionRepository<S> store;
    private final Supplier<S> newSession;

    public InlineNewSessions(ReactiveSessionRepository<S> store, Supplier<S> newSession) {
        this.store = store;
        this.newSession = newSession;
    }

    @Override
    public Mono<S> createSession() {
        return Mono.fromSupplier(newSession);
    }

    @Override
    public Mono<Void> save(S session) {
        return store.save(session);
    }

    @Override
    public Mono<S> findById(String id) {
        return store.findById(id);
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return store.deleteById(id);
    }
}
