package org.lis.workshop.mail.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.MailKind;
import org.lis.support.test.DatabaseTestBase;

/** The shared due-list on the embedded MongoDB-wire server: each job is taken by one sender at a time. */
class MailJobsTest extends DatabaseTestBase {

    private static final Instant NOW = Instant.parse("2030-04-01T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MailJobs jobs = new MailJobs(database);

    @Test
    void aDueJobIsTakenOnceAndNotBeforeItsTime() {
        jobs.plan("invitation:i1", MailKind.INVITATION, "w1", "i1", NOW);
        jobs.plan("reminder:i1", MailKind.REMINDER, "w1", "i1", NOW.plusSeconds(3600));

        Optional<MailJob> first = jobs.claim("a", NOW, LEASE);

        assertThat(first).map(MailJob::id).contains("invitation:i1");
        assertThat(jobs.claim("b", NOW, LEASE)).as("held by a; the reminder not due").isEmpty();
        jobs.done(first.orElseThrow(), "a");
        assertThat(jobs.claim("b", NOW.plusSeconds(3600), LEASE)).map(MailJob::id).contains("reminder:i1");
    }

    @Test
    void planningAgainChangesNothing() {
        jobs.plan("invitation:i1", MailKind.INVITATION, "w1", "i1", NOW);
        MailJob taken = jobs.claim("a", NOW, LEASE).orElseThrow();
        jobs.done(taken, "a");

        jobs.plan("invitation:i1", MailKind.INVITATION, "w1", "i1", NOW);

        assertThat(jobs.claim("b", NOW.plusSeconds(600), LEASE)).as("done stays done").isEmpty();
    }

    @Test
    void aJobWhoseSenderStoppedIsTakenOverOnceTheLeaseHasPassed() {
        jobs.plan("invitation:i1", MailKind.INVITATION, "w1", "i1", NOW);
        MailJob lost = jobs.claim("a", NOW, LEASE).orElseThrow();

        assertThat(jobs.claim("b", NOW.plus(LEASE), LEASE)).isEmpty();
        MailJob takenOver = jobs.claim("b", NOW.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
        jobs.done(lost, "a");

        assertThat(takenOver.id()).isEqualTo(lost.id());
        assertThat(jobs.claim("c", NOW.plus(LEASE).plusSeconds(2), LEASE)).as("b holds it still").isEmpty();
        jobs.done(takenOver, "b");
        assertThat(jobs.claim("c", NOW.plus(LEASE.multipliedBy(3)), LEASE)).as("and b finished it").isEmpty();
    }

    @Test
    void aFailedAttemptWaitsAndCounts() {
        jobs.plan("invitation:i1", MailKind.INVITATION, "w1", "i1", NOW);
        jobs.retryAt(jobs.claim("a", NOW, LEASE).orElseThrow(), "a", NOW.plusSeconds(30));

        assertThat(jobs.claim("a", NOW.plusSeconds(29), LEASE)).isEmpty();
        assertThat(jobs.claim("a", NOW.plusSeconds(30), LEASE)).map(MailJob::attempts).contains(1);
    }

    /** A reminder moved by a rescheduling while it was being sent stays due at its new time. */
    @Test
    void aJobMovedWhileBeingSentIsNotFinishedByItsOldSender() {
        jobs.replan("reminder:i1", MailKind.REMINDER, "w1", "i1", NOW);
        MailJob sending = jobs.claim("a", NOW, LEASE).orElseThrow();

        jobs.replan("reminder:i1", MailKind.REMINDER, "w1", "i1", NOW.plusSeconds(86_400));
        jobs.done(sending, "a");

        assertThat(jobs.claim("b", NOW.plusSeconds(86_400), LEASE)).map(MailJob::dueAt)
                .contains(NOW.plusSeconds(86_400));
    }

    @Test
    void aCancelledReminderIsNotSent() {
        jobs.replan("reminder:i1", MailKind.REMINDER, "w1", "i1", NOW);
        jobs.cancel("reminder:i1");

        assertThat(jobs.claim("a", NOW, LEASE)).isEmpty();
        assertThat(jobs.of("w1", MailKind.REMINDER)).isEmpty();
    }

    /** Four senders at once, as four instances would: every job is taken exactly once. */
    @Test
    void concurrentSendersTakeEachJobExactlyOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            jobs.plan("invitation:i" + i, MailKind.INVITATION, "w1", "i" + i, NOW);
        }
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Callable<Void>> work = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            String owner = "sender-" + s;
            work.add(() -> {
                Optional<MailJob> job;
                while ((job = jobs.claim(owner, NOW, LEASE)).isPresent()) {
                    taken.add(job.get().id());
                    jobs.done(job.get(), owner);
                }
                return null;
            });
        }
        for (Future<Void> done : senders.invokeAll(work)) {
            done.get();
        }
        senders.shutdown();

        assertThat(taken).hasSize(200).doesNotHaveDuplicates();
    }
}
