package org.lis.engagement.activity.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.command.Partner;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.lis.engagement.EngagementError.DUPLICATE_ACTIVITY;
import static org.lis.engagement.EngagementError.INVALID_ACTIVITY;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.lis.engagement.partner.command.RegisteredUniversity.ID;
import static org.lis.engagement.partner.command.RegisteredUniversity.REGISTERED;
import static org.lis.engagement.partner.command.RegisteredUniversity.TODAY;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Engagement recorded with a partner; the programmes known are those the lookup says exist ("prog-1"). */
class ActivityTest {

    private final KnownProgrammeQueries programmes = mock(KnownProgrammeQueries.class);
    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        when(programmes.require(anyString(), anyString())).thenAnswer(call -> "prog-1".equals(call.getArgument(0))
                ? Mono.empty()
                : Mono.error(new DomainException(PROGRAMME_NOT_FOUND, call.getArgument(1), "No programme " + call.getArgument(0))));
        fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerAnnotatedCommandHandler(
                new ActivityCommandHandler(fixture.getRepository(), programmes, new CommandProperties(null, null)));
    }

    @Test
    void canRecordActivityThatTookPlaceToday() {
        fixture.given(REGISTERED)
                .when(activity("a-1", ActivityKind.ROUND_TABLE, TODAY, "Round table with senior civil servants"))
                .expectEvents(new EngagementActivityRecordedEvent(ID, "a-1", ActivityKind.ROUND_TABLE, TODAY,
                        "Round table with senior civil servants", "prog-1", List.of(Theme.AI_AND_DATA)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canRecordActivityThatTookPlaceBeforeRegistration() {
        fixture.given(REGISTERED)
                .when(activity("a-1", ActivityKind.MEETING, LocalDate.of(2018, 4, 30), "Met the dean"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canRecordActivityForNoProgramme() {
        fixture.given(REGISTERED)
                .when(new RecordEngagementActivityCommand(ID, "a-1", ActivityKind.CALL, TODAY, "Call", null, null, TODAY,
                        null))
                .expectEvents(new EngagementActivityRecordedEvent(ID, "a-1", ActivityKind.CALL, TODAY, "Call", null,
                        List.of()));
        verify(programmes, never()).require(anyString(), anyString());
    }

    @Test
    void cannotRecordActivityForUnknownProgramme() {
        fixture.given(REGISTERED)
                .when(new RecordEngagementActivityCommand(ID, "a-1", ActivityKind.CALL, TODAY, "Call", "prog-x",
                        List.of(), TODAY, null))
                .expectNoEvents().expectException(refusedWith(PROGRAMME_NOT_FOUND));
    }

    @Test
    void cannotRecordActivityInTheFuture() {
        fixture.given(REGISTERED)
                .when(activity("a-1", ActivityKind.CALL, TODAY.plusDays(1), "Call"))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
    }

    @Test
    void cannotRecordActivityWithoutKindDateOrSummary() {
        fixture.given(REGISTERED).when(activity("a-1", null, TODAY, "Call"))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(REGISTERED).when(activity("a-1", ActivityKind.CALL, null, "Call"))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(REGISTERED).when(activity("a-1", ActivityKind.CALL, TODAY, " "))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
    }

    @Test
    void cannotRecordSameActivityTwice() {
        fixture.given(REGISTERED, new EngagementActivityRecordedEvent(ID, "a-1", ActivityKind.CALL, TODAY, "Call",
                        null, List.of()))
                .when(activity("a-1", ActivityKind.CALL, TODAY, "Call"))
                .expectNoEvents().expectException(refusedWith(DUPLICATE_ACTIVITY));
    }

    @Test
    void cannotRecordActivityForUnknownPartner() {
        fixture.givenNoPriorActivity()
                .when(activity("a-1", ActivityKind.CALL, TODAY, "Call"))
                .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    private static RecordEngagementActivityCommand activity(String id, ActivityKind kind, LocalDate on, String summary) {
        return new RecordEngagementActivityCommand(ID, id, kind, on, summary, "prog-1",
                List.of(Theme.AI_AND_DATA, Theme.AI_AND_DATA), TODAY, null);
    }
}
