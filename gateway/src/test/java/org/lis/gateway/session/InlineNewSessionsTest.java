package org.lis.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveMapSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class InlineNewSessionsTest {

    private final ReactiveMapSessionRepository store = new ReactiveMapSessionRepository(new ConcurrentHashMap<>()) {
        @Override
        public Mono<MapSession> createSession() {
            // as the MongoDB store does
            return super.createSession().subscribeOn(Schedulers.boundedElastic()).publishOn(Schedulers.parallel());
        }
    };
    private final InlineNewSessions<MapSession> sessions = new InlineNewSessions<>(store, MapSession::new);

    @Test
    void makesANewSessionOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        String maker = sessions.createSession().map(session -> Thread.currentThread().getName()).block();
        assertThat(maker).isEqualTo(caller);
    }

    @Test
    void leavesKeepingAndFindingToTheStore() {
        MapSession made = sessions.createSession().block();
        made.setAttribute("who", "ana");
        sessions.save(made).block();
        assertThat(sessions.findById(made.getId()).block().<String>getAttribute("who")).isEqualTo("ana");
        sessions.deleteById(made.getId()).block();
        assertThat(store.findById(made.getId()).block()).isNull();
    }
}
