package org.lis.support.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CommandSenderTest {

    record Rename(@TargetAggregateIdentifier String id, String title) {
    }

    private final CommandGateway gateway = mock(CommandGateway.class);
    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long expectedVersion) {
    }

    private final CommandSender sender = new CommandSender(gateway, new CommandProperties(Duration.ofMillis(500), 3),
            id -> Optional.of(2L));

    @Test
    void cannotSendWithAStaleExpectedVersion() {
        StepVerifier.create(asOfficer(sender.update("t-1", new Versioned("t-1", 1L))))
                .expectError(ConflictingAggregateVersionException.class)
                .verify();
        verify(gateway, times(0)).send(any(Object.class));
    }

    @Test
    void canSendWithTheCurrentExpectedVersion() {
        doReturn(CompletableFuture.completedFuture(3L)).when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.update("t-1", new Versioned("t-1", 2L))))
                .expectNext(new CommandResult("t-1", 3))
                .verifyComplete();
    }

    @Test
    void canSendAsTheAuthenticatedUser() {
        doReturn(CompletableFuture.completedFuture(4L)).when(gateway).send(any(Object.class));

        StepVerifier.create(asOfficer(sender.update("t-1", new Rename("t-1", "x"))))
                .expectNext(new CommandResult("t-1", 4))
                .verifyComplete();

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).send(sent.capture());
        CommandMessage<?> message = (CommandMessage<?>) sent.getValue();
        assertThat(message.getMetaData()).containsEntry("actor", "officer");
        assertThat(message.getPayload()).isEqualTo(new Rename("t-1", "x"));
    }

    @Test
    void canCreateAtVersionZero() {
        doReturn(CompletableFuture.completedFuture("t-9")).when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.create(new Rename("t-9", "x"))))
                .expectNext(new CommandResult("t-9", 0))
                .verifyComplete();
    }

    @Test
    void canWinOnRetryAfterLosingARace() {
        doReturn(CompletableFuture.failedFuture(new ConcurrencyException("lost")),
                CompletableFuture.failedFuture(new ConcurrencyException("lost again")),
                CompletableFuture.completedFuture(7L)).when(gateway).send(any(Object.class));

        StepVerifier.create(asOfficer(sender.update("t-1", new Rename("t-1", "x"))))
                .expectNext(new CommandResult("t-1", 7))
                .verifyComplete();
        verify(gateway, times(3)).send(any(Object.class));
    }

    @Test
    void cannotRetryForever() {
        doReturn(CompletableFuture.failedFuture(new ConcurrencyException("lost"))).when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.update("t-1", new Rename("t-1", "x"))))
                .expectError(ConcurrencyException.class)
                .verify();
        verify(gateway, times(4)).send(any(Object.class));
    }

    @Test
    void cannotRetryAStaleIfMatchOrACreation() {
        doReturn(CompletableFuture.failedFuture(new ConflictingAggregateVersionException("t-1", 1, 2)))
                .when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.update("t-1", new Rename("t-1", "x"))))
                .expectError(ConflictingAggregateVersionException.class).verify();

        doReturn(CompletableFuture.failedFuture(new ConcurrencyException("exists"))).when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.create(new Rename("t-1", "x"))))
                .expectError(ConcurrencyException.class).verify();
        verify(gateway, times(2)).send(any(Object.class));
    }

    @Test
    void cannotWaitLongerThanTheTimeout() {
        doReturn(new CompletableFuture<>()).when(gateway).send(any(Object.class));
        StepVerifier.create(asOfficer(sender.update("t-1", new Rename("t-1", "x"))))
                .expectError(java.util.concurrent.TimeoutException.class)
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void recordsTheSystemWhenNoOneIsAuthenticated() {
        doReturn(CompletableFuture.completedFuture(1L)).when(gateway).send(any(Object.class));
        StepVerifier.create(sender.update("t-1", new Rename("t-1", "x"))).expectNextCount(1).verifyComplete();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).send(sent.capture());
        assertThat(((CommandMessage<?>) sent.getValue()).getMetaData()).containsEntry("actor", CommandSender.SYSTEM_ACTOR);
    }

    private static <T> Mono<T> asOfficer(Mono<T> mono) {
        return mono.contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                new TestingAuthenticationToken("officer", null, "ROLE_OFFICER")));
    }
}
