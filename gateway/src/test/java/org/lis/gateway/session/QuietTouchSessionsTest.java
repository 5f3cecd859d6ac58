package org.lis.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveMapSessionRepository;
import reactor.core.publisher.Mono;

class QuietTouchSessionsTest {

    private final AtomicInteger writes = new AtomicInteger();
    private final ReactiveMapSessionRepository store = new ReactiveMapSessionRepository(new ConcurrentHashMap<>()) {
        @Override
        public Mono<Void> save(MapSession session) {
            writes.incrementAndGet();
            return super.save(session);
        }
    };
    private final QuietTouchSessions<MapSession> sessions = new QuietTouchSessions<>(store, Duration.ofMinutes(1));

    @Test
    void writesANewSessionAndAChangedOne() {
        TrackedSession created = sessions.createSession().block();
        created.setAttribute("SPRING_SECURITY_CONTEXT", "ana");
        sessions.save(created).block();
        assertThat(writes).hasValue(1);

        TrackedSession read = sessions.findById(created.getId()).block();
        read.setAttribute("CSRF", "token");
        sessions.save(read).block();
        assertThat(writes).hasValue(2);
        assertThat(sessions.findById(created.getId()).block().<String>getAttribute("CSRF")).isEqualTo("token");
    }

    @Test
    void doesNotWriteASessionOnlyTouchedWithinAMinute() {
        String id = stored(Instant.now());
        TrackedSession read = sessions.findById(id).block();
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(59));
        sessions.save(read).block();
        assertThat(writes).hasValue(1);
    }

    @Test
    void writesTheLastAccessOnceItIsAMinuteOld() {
        String id = stored(Instant.now());
        TrackedSession read = sessions.findById(id).block();
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(60));
        sessions.save(read).block();
        assertThat(writes).hasValue(2);
    }

    @Test
    void writesASessionWhoseIdChanged() {
        String id = stored(Instant.now());
        TrackedSession read = sessions.findById(id).block();
        String newId = read.changeSessionId();
        sessions.save(read).block();
        assertThat(writes).hasValue(2);
        assertThat(sessions.findById(newId).block()).isNotNull();
    }

    @Test
    void writesTheLastAccessOfAShortSessionSooner() {
        String id = stored(Instant.now());
        TrackedSession read = sessions.findById(id).block();
        read.stored().setMaxInactiveInterval(Duration.ofMinutes(2));
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(12));
        sessions.save(read).block();
        assertThat(writes).hasValue(2);
    }

    private String stored(Instant lastAccess) {
        TrackedSession created = sessions.createSession().block();
        created.setLastAccessedTime(lastAccess);
        sessions.save(created).block();
        return created.getId();
    }
}
