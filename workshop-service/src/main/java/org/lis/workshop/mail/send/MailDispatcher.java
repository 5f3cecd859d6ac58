package org.lis.workshop.mail.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lis.events.workshop.MailFailure;
import org.lis.support.error.DomainException;
import org.lis.workshop.mail.MailerProperties;
import org.lis.workshop.mail.job.MailJob;
import org.lis.workshop.mail.job.MailJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Each instance's sender: every {@code poll-interval}, and whenever the planner has planned something, it takes due
 * jobs one at a time from the shared due-list and sends them. A failed attempt is tried again after
 * {@code first-retry}, doubling, up to {@code max-attempts}; then the emails still waiting are recorded as failed.
 * On stop it finishes the job in hand (within the lease) and takes no more; a job whose sender died is taken over
 * by any instance once its lease has passed.
 */
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    private final MailJobs jobs;
    private final InvitationMailer mailer;
    private final MailerProperties properties;
    private final Clock clock;
    private final String owner = "mailer-" + UUID.randomUUID();
    private volatile ScheduledExecutorService executor;

    public MailDispatcher(MailJobs jobs, InvitationMailer mailer, MailerProperties properties, Clock clock) {
        this.jobs = jobs;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Looks for due jobs now rather than at the next poll. */
    public void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.execute(this::sendDue);
        }
    }

    /** Sends every job due now; one thread per instance, so jobs of this instance never overlap. */
    void sendDue() {
        try {
            Optional<MailJob> job;
            while (isRunning() && (job = jobs.claim(owner, clock.instant(), properties.lease())).isPresent()) {
                send(job.get());
            }
        } catch (RuntimeException e) {
            log.warn("Looking for due emails failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    private void send(MailJob job) {
        try {
            mailer.deliver(job);
            jobs.done(job, owner);
        } catch (MailAttemptFailed failed) {
            failedAttempt(job, failed);
        } catch (RuntimeException e) {
            failedAttempt(job, new MailAttemptFailed(MailFailure.SERVER_UNAVAILABLE, List.of(), e));
        }
    }

    private void failedAttempt(MailJob job, MailAttemptFailed failed) {
        int attempts = job.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            log.warn("Giving up the {} email of invitation {} after {} attempts: {}", job.kind(),
                    job.invitationId(), attempts, failed.getMessage());
            try {
                mailer.giveUp(job, failed, attempts);
                jobs.done(job, owner);
            } catch (DomainException refused) {
                // the workshop will not record it (no such invitation): nothing more can be done, but say so loudly
                log.error("The failed {} email of invitation {} cannot be recorded: {}", job.kind(),
                        job.invitationId(), refused.getMessage());
                jobs.done(job, owner);
            } catch (RuntimeException e) {
                log.warn("Could not record the failed {} email of invitation {}; trying again later", job.kind(),
                        job.invitationId(), e);
                jobs.retryAt(job, owner, clock.instant().plus(properties.firstRetry()));
            }
            return;
        }
        Instant next = clock.instant().plus(backoff(attempts));
        log.warn("The {} email of invitation {} failed (attempt {} of {}), trying again at {}: {}", job.kind(),
                job.invitationId(), attempts, properties.maxAttempts(), next, failed.getMessage());
        jobs.retryAt(job, owner, next);
    }

    /** first-retry, doubled after each further failure, never beyond half an hour. */
    private Duration backoff(int attempts) {
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        executor = started;
        long poll = properties.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::sendDue, poll, poll, TimeUnit.MILLISECONDS);
        log.info("Sending invitation emails: looking for due ones every {}", properties.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        ScheduledExecutorService running = executor;
        return running != null && !running.isShutdown();
    }

    /** Started after, and stopped before, the event processors and the command bus it relies on. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
