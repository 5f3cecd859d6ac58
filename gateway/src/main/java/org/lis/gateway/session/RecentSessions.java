package org.lis.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;

/**
 * Sessions read from the store lately, reused for {@code rereadAfter} (a few seconds): a person's page and the
 * calls it makes, or a script's run, read their session once instead of once per request. Each request gets its
 * own copy. A save or sign-out here forgets the session at once, so this instance always sees its own changes;
 * another instance's (a sign-out, a new CSRF token) are seen once the copy here is {@code rereadAfter} old. A
 * session past its idle timeout is never served from here. At most {@code maxEntries} are kept.
 */
public class RecentSessions<S extends Session> implements ReactiveSessionRepository<S> {

    private record Recent<S>(S session, Instant readAt) {
    }

    private final Map<String, Recent<S>> recent = new ConcurrentHashMap<>();
    /** Counts saves and deletions, so that a read that overlapped one is not kept: it may hold the old state. */
    private final AtomicLong writes = new AtomicLong();
    private final ReactiveSessionRepository<S> store;
    private final UnaryOperator<S> copy;
    private final Function<S, List<String>> idsWritten;
    private final Duration rereadAfter;
    private final int maxEntries;
    private final Clock clock;

    /**
     * @param copy       a copy of a session as loaded, that shares nothing a request changes
     * @param idsWritten the ids a save of the session writes or removes (its id, and its old one if that changed)
     */
    public RecentSessions(ReactiveSessionRepository<S> store, UnaryOperator<S> copy,
                          Function<S, List<String>> idsWritten, Duration rereadAfter, int maxEntries, Clock clock) {
        this.store = store;
        this.copy = copy;
        this.idsWritten = idsWritten;
        this.rereadAfter = rereadAfter;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<S> createSession() {
        return store.createSession();
    }

    @Override
    public Mono<S> findById(String id) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Recent<S> kept = recent.get(id);
            if (kept != null && usable(kept, now)) {
                return Mono.just(copy.apply(kept.session()));
            }
            long writesBefore = writes.get();
            return store.findById(id).map(found -> {
                if (writes.get() == writesBefore) {
                    keep(id, new Recent<>(copy.apply(found), now));
                }
                return found;
            });
        });
    }

    @Override
    public Mono<Void> save(S session) {
        List<String> ids = idsWritten.apply(session);
        return Mono.defer(() -> {
            forget(ids);
            return store.save(session);
        }).doFinally(signal -> forget(ids));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Mono.defer(() -> {
            forget(List.of(id));
            return store.deleteById(id);
        }).doFinally(signal -> forget(List.of(id)));
    }

    private boolean usable(Recent<S> kept, Instant now) {
        Duration idle = kept.session().getMaxInactiveInterval();
        boolean idledOut = !idle.isNegative()
                && !now.isBefore(kept.session().getLastAccessedTime().plus(idle));
        return now.isBefore(kept.readAt().plus(rereadAfter)) && !idledOut;
    }

    private void keep(String id, Recent<S> read) {
        if (recent.size() >= maxEntries) {
            Instant now = clock.instant();
            recent.values().removeIf(kept -> !usable(kept, now));
            if (recent.size() >= maxEntries) {
                // more people active within a few seconds than this holds: starting over only costs reads
                recent.clear();
            }
        }
        recent.put(id, read);
    }

    private void forget(List<String> ids) {
        writes.incrementAndGet();
        ids.forEach(recent::remove);
    }
}
