package org.lis.support.command;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.lis.support.error.ProblemMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Sends a command from a WebFlux controller: records the authenticated user as the {@code actor}
 * metadata (which the correlation data provider copies onto every event the command causes),
 * bounds the wait, and hands the error handler the real cause instead of a wrapper.
 *
 * <p>Versions: Axon's version of an event-sourced aggregate is the sequence number of its last
 * event, 0 after the creating event. {@code AggregateLifecycle.getVersion()} called in a
 * {@code @CommandHandler} after {@code apply(...)} already returns the sequence number of the
 * event just applied (apply publishes immediately), so an update handler ends with
 * {@code return AggregateLifecycle.getVersion();} and {@link #update} passes that on. A handler
 * that applies nothing returns the unchanged version. (The module's SupportApiIT checks
 * this against the real Axon stack and event store: versions 1 and 2 after two updates.)
 *
 * <p>Races: without If-Match, two nodes may load the same aggregate version and both append; the
 * store refuses the second append with a {@link ConcurrencyException}. The loser is sent again
 * (up to {@code lis.command.concurrency-retries} times): it reloads the aggregate and re-checks
 * the rules. With If-Match the retry is also safe, since the reloaded aggregate then has a newer
 * version than expected and Axon answers with a ConflictingAggregateVersionException (412).
 *
 * <p>Stale If-Match first: Axon compares versions only when the handler applies, after the
 * handler has checked its rules, so a stale request that also breaks a rule would be told 409.
 * The version is checked before sending; Axon's own check still catches a write in between.
 */
public class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    /** Actor recorded when no one is authenticated (start-up jobs, tests without security). */
    public static final String SYSTEM_ACTOR = "system";

    /** Axon's own reading of a command's target, so the expected version is the one Axon will compare. */
    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway gateway;
    private final CommandProperties properties;
    private final CurrentVersions currentVersions;

    public CommandSender(CommandGateway gateway, CommandProperties properties, CurrentVersions currentVersions) {
        this.gateway = gateway;
        this.properties = properties;
        this.currentVersions = currentVersions;
    }

    /** Sends an aggregate-creating command; the result is the new id at version 0. */
    public Mono<CommandResult> create(Object command) {
        return send(command, false).map(id -> new CommandResult(String.valueOf(id), 0L));
    }

    /**
     * Sends a command to an existing aggregate, whose handler returns
     * {@code AggregateLifecycle.getVersion()}; the result is the id and that version.
     */
    public Mono<CommandResult> update(String aggregateId, Object command) {
        Long expected = TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getVersion();
        return refuseStale(aggregateId, expected)
                .then(send(command, true))
                .map(version -> new CommandResult(aggregateId, toVersion(version, command)));
    }

    private Mono<Void> refuseStale(String aggregateId, Long expected) {
        if (expected == null) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> currentVersions.of(aggregateId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(current -> current.isPresent() && !current.get().equals(expected)
                        ? Mono.error(new ConflictingAggregateVersionException(aggregateId, expected, current.get()))
                        : Mono.empty());
    }

    private Mono<Object> send(Object command, boolean retryRaces) {
        Mono<Object> sent = actor().flatMap(actor -> {
            CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of("actor", actor));
            // the local command bus runs the handler (and its event store I/O) on the calling
            // thread: keep that off the HTTP event loop
            return Mono.fromFuture(() -> gateway.send(message)).subscribeOn(Schedulers.boundedElastic());
        });
        sent = sent.timeout(properties.timeout()).onErrorMap(ProblemMapper::unwrap);
        if (retryRaces && properties.concurrencyRetries() > 0) {
            sent = sent.retryWhen(Retry.max(properties.concurrencyRetries())
                    .filter(ConcurrencyException.class::isInstance)
                    .doBeforeRetry(signal -> log.debug("Retrying {} after losing a concurrent write",
                            command.getClass().getSimpleName()))
                    .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        }
        return sent;
    }

    private static Mono<String> actor() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName)
                .defaultIfEmpty(SYSTEM_ACTOR);
    }

    private static long toVersion(Object returned, Object command) {
        if (returned instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("The handler of " + command.getClass().getSimpleName()
                + " must return AggregateLifecycle.getVersion(), returned " + returned);
    }

}
