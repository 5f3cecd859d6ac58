package org.springframework.session.data.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MongoSessionCopiesTest {

    private final Instant created = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void copiesEverythingTheStoreKeeps() {
        MongoSession loaded = loaded();
        MongoSession copy = MongoSessionCopies.copyOf(loaded);
        assertThat(copy.getId()).isEqualTo(loaded.getId());
        assertThat(copy.getCreationTime()).isEqualTo(created);
        assertThat(copy.getLastAccessedTime()).isEqualTo(loaded.getLastAccessedTime());
        assertThat(copy.getExpireAt()).isEqualTo(loaded.getExpireAt());
        assertThat(copy.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(copy.<String>getAttribute("org.example.who")).isEqualTo("ana");
        assertThat(copy.hasChangedSessionId()).isFalse();
    }

    @Test
    void aCopyChangesOnItsOwn() {
        MongoSession loaded = loaded();
        MongoSession copy = MongoSessionCopies.copyOf(loaded);
        copy.setAttribute("csrf", "token");
        copy.setLastAccessedTime(Instant.now());
        copy.changeSessionId();
        assertThat(loaded.<String>getAttribute("csrf")).isNull();
        assertThat(loaded.getLastAccessedTime()).isEqualTo(created.plusSeconds(60));
        assertThat(loaded.hasChangedSessionId()).isFalse();
    }

    @Test
    void aSaveWritesTheNewIdAndRemovesTheOldOne() {
        MongoSession session = loaded();
        String old = session.getId();
        assertThat(MongoSessionCopies.idsWrittenBy(session)).containsExactly(old);
        String changed = session.changeSessionId();
        assertThat(MongoSessionCopies.idsWrittenBy(session)).containsExactly(changed, old);
    }

    private MongoSession loaded() {
        MongoSession session = new MongoSession("s1", Duration.ofMinutes(30).toSeconds());
        session.setCreationTime(created.toEpochMilli());
        session.setLastAccessedTime(created.plusSeconds(60));
        session.setAttribute("org.example.who", "ana");
        return session;
    }
}
