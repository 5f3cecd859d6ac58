package org.lis.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveMapSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class RecentSessionsTest {

    private static final Duration REREAD_AFTER = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Map<String, org.springframework.session.Session> stored = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final ReactiveMapSessionRepository store = new ReactiveMapSessionRepository(stored) {
        @Override
        public Mono<MapSession> findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    };
    private final RecentSessions<MapSession> sessions = recentIn(store, 3);

    @Test
    void readsASessionOnceForSeveralRequestsWithinFiveSeconds() {
        String id = signedIn("ana");
        for (int i = 0; i < 3; i++) {
            assertThat(sessions.findById(id).block().<String>getAttribute("who")).isEqualTo("ana");
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsItAgainOnceWhatItReadIsFiveSecondsOld() {
        String id = signedIn("ana");
        sessions.findById(id).block();
        clock.advance(REREAD_AFTER);
        sessions.findById(id).block();
        assertThat(reads).hasValue(2);
    }

    @Test
    void seesASignOutOnAnotherInstanceWithinFiveSeconds() {
        String id = signedIn("ana");
        sessions.findById(id).block();
        stored.remove(id);
        clock.advance(Duration.ofSeconds(4));
        assertThat(sessions.findById(id).block()).as("still the copy read here").isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.findById(id).block()).isNull();
    }

    @Test
    void seesASignOutHereAtOnce() {
        String id = signedIn("ana");
        sessions.findById(id).block();
        sessions.deleteById(id).block();
        assertThat(sessions.findById(id).block()).isNull();
    }

    @Test
    void seesAChangeSavedHereAtOnce() {
        String id = signedIn("ana");
        MapSession read = sessions.findById(id).block();
        read.setAttribute("csrf", "token");
        sessions.save(read).block();
        assertThat(sessions.findById(id).block().<String>getAttribute("csrf")).isEqualTo("token");
    }

    @Test
    void forgetsTheOldIdOfASessionWhoseIdChanged() {
        String id = signedIn("ana");
        MapSession read = sessions.findById(id).block();
        String newId = read.changeSessionId();
        sessions.save(read).block();
        assertThat(sessions.findById(id).block()).isNull();
        assertThat(sessions.findById(newId).block().<String>getAttribute("who")).isEqualTo("ana");
    }

    @Test
    void givesEachRequestItsOwnCopy() {
        String id = signedIn("ana");
        MapSession first = sessions.findById(id).block();
        first.setAttribute("who", "someone else");
        first.setLastAccessedTime(clock.instant().plusSeconds(3));
        MapSession second = sessions.findById(id).block();
        assertThat(second.<String>getAttribute("who")).isEqualTo("ana");
        assertThat(second.getLastAccessedTime()).isEqualTo(clock.instant());
        assertThat(reads).hasValue(1);
    }

    @Test
    void neverServesASessionPastItsIdleTimeout() {
        String id = signedIn("ana", Duration.ofSeconds(3));
        sessions.findById(id).block();
        clock.advance(Duration.ofSeconds(3));
        sessions.findById(id).block();
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsNoReadThatOverlappedASave() {
        String id = signedIn("ana");
        Sinks.One<MapSession> slowRead = Sinks.one();
        RecentSessions<MapSession> slow = recentIn(new ReactiveMapSessionRepository(stored) {
            @Override
            public Mono<MapSession> findById(String sessionId) {
                reads.incrementAndGet();
                return reads.get() == 1 ? slowRead.asMono() : super.findById(sessionId);
            }
        }, 3);
        MapSession old = new MapSession(stored.get(id));
        Mono<MapSession> reading = slow.findById(id).cache();
        reading.subscribe();
        MapSession changed = new MapSession(old);
        changed.setAttribute("csrf", "token");
        slow.save(changed).block();
        slowRead.tryEmitValue(old);
        assertThat(reading.block().<String>getAttribute("csrf")).as("the read that raced the save").isNull();
        assertThat(slow.findById(id).block().<String>getAttribute("csrf")).isEqualTo("token");
    }

    @Test
    void keepsAtMostTheGivenNumberOfSessions() {
        List<String> ids = List.of(signedIn("a"), signedIn("b"), signedIn("c"), signedIn("d"));
        ids.forEach(id -> sessions.findById(id).block());
        ids.forEach(id -> sessions.findById(id).block());
        assertThat(reads.get()).as("the fourth starts the kept ones over").isGreaterThan(ids.size());
    }

    private RecentSessions<MapSession> recentIn(ReactiveMapSessionRepository repository, int maxEntries) {
        return new RecentSessions<>(repository, MapSession::new, session -> List.of(session.getId(), session.getOriginalId()),
                REREAD_AFTER, maxEntries, clock);
    }

    private String signedIn(String who) {
        return signedIn(who, Duration.ofMinutes(30));
    }

    private String signedIn(String who, Duration idleTimeout) {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(idleTimeout);
        session.setLastAccessedTime(clock.instant());
        session.setAttribute("who", who);
        store.save(session).block();
        return session.getId();
    }
}
