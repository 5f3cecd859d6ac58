package org.lis.engagement.activity.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.engagement.activity.query.ActivityQueries;
import org.lis.engagement.partner.query.KnownPartnerQueries;
import org.lis.engagement.programme.query.KnownProgrammeQueries;
import org.lis.events.activity.ActivityCorrectedEvent;
import org.lis.events.activity.ActivityRecordedEvent;
import org.lis.events.activity.ActivityWithdrawnEvent;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.lis.engagement.EngagementError.ACTIVITY_NOT_FOUND;
import static org.lis.engagement.EngagementError.ACTIVITY_PREDATES_CORRECTIONS;
import static org.lis.engagement.EngagementError.ACTIVITY_WITHDRAWN;
import static org.lis.engagement.EngagementError.CORRECTION_CHANGES_NOTHING;
import static org.lis.engagement.EngagementError.INVALID_ACTIVITY;
import static org.lis.engagement.EngagementError.INVALID_CORRECTION;
import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An activity with several partners: registered partners are "p-uni" and "p-beis" (and "p-dclg"), the programme
 * "prog-1", and "legacy-1" an activity recorded on its partner before corrections.
 */
class SharedActivityTest {

    private static final String ID = "act-1";
    private static final LocalDate TODAY = LocalDate.of(2018, 8, 1);
    private static final LocalDate ROUND_TABLE = LocalDate.of(2018, 4, 30);
    private static final List<String> REGISTERED = List.of("p-uni", "p-beis", "p-dclg");
    private static final ActivityRecordedEvent RECORDED = new ActivityRecordedEvent(ID, List.of("p-uni", "p-beis"),
            ActivityKind.ROUND_TABLE, ROUND_TABLE, "Round table with senior civil servants", "prog-1",
            List.of(Theme.AI_AND_DATA));

    private final KnownPartnerQueries partners = mock(KnownPartnerQueries.class);
    private final KnownProgrammeQueries programmes = mock(KnownProgrammeQueries.class);
    private final ActivityQueries legacy = mock(ActivityQueries.class);
    private FixtureConfiguration<Activity> fixture;

    @BeforeEach
    void setUp() {
        when(partners.require(anyList(), anyString())).thenAnswer(call -> {
            List<String> unknown = call.<List<String>>getArgument(0).stream().filter(id -> !REGISTERED.contains(id)).toList();
            return unknown.isEmpty() ? Mono.empty()
                    : Mono.error(new DomainException(PARTNER_NOT_FOUND, call.getArgument(1), "No partner " + unknown));
        });
        when(programmes.require(anyString(), anyString())).thenAnswer(call -> "prog-1".equals(call.getArgument(0))
                ? Mono.empty()
                : Mono.error(new DomainException(PROGRAMME_NOT_FOUND, call.getArgument(1), "No programme")));
        when(legacy.recordedOnAPartner(anyString())).thenAnswer(call -> Mono.just("legacy-1".equals(call.getArgument(0))));
        fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerAnnotatedCommandHandler(new ActivityRecordCommandHandler(fixture.getRepository(), partners,
                programmes, legacy, new CommandProperties(null, null)));
    }

    // recording

    @Test
    void canRecordOneActivityWithTwoPartners() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("p-uni", "p-beis"), ROUND_TABLE))
                .expectEvents(RECORDED)
                .expectResultMessagePayload(ID);
    }

    @Test
    void canRecordActivityWithOnePartnerForNoProgrammeToday() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand(ID, ActivityKind.CALL, TODAY, " Call ", null, null, List.of("p-uni"),
                        TODAY))
                .expectEvents(new ActivityRecordedEvent(ID, List.of("p-uni"), ActivityKind.CALL, TODAY, "Call", null,
                        List.of()));
        verify(programmes, never()).require(anyString(), anyString());
    }

    @Test
    void cannotRecordActivityWithoutPartners() {
        fixture.givenNoPriorActivity().when(record(List.of(), ROUND_TABLE))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.givenNoPriorActivity().when(record(null, ROUND_TABLE))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        verify(partners, never()).require(anyList(), anyString());
    }

    @Test
    void cannotRecordActivityWithAPartnerTwiceOrTooMany() {
        fixture.givenNoPriorActivity().when(record(List.of("p-uni", "p-beis", "p-uni"), ROUND_TABLE))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.givenNoPriorActivity()
                .when(record(IntStream.rangeClosed(1, 51).mapToObj(i -> "p-" + i).toList(), ROUND_TABLE))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        verify(partners, never()).require(anyList(), anyString());
    }

    @Test
    void cannotRecordActivityWithAnUnregisteredPartner() {
        fixture.givenNoPriorActivity().when(record(List.of("p-uni", "p-nobody"), ROUND_TABLE))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
    }

    @Test
    void cannotRecordActivityForUnknownProgramme() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand(ID, ActivityKind.CALL, TODAY, "Call", "prog-x", null, List.of("p-uni"),
                        TODAY))
                .expectNoEvents().expectException(refusedWith(PROGRAMME_NOT_FOUND));
    }

    @Test
    void cannotRecordActivityInTheFutureOrWithoutKindOrSummary() {
        fixture.givenNoPriorActivity().when(record(List.of("p-uni"), TODAY.plusDays(1)))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand(ID, null, TODAY, "Call", null, null, List.of("p-uni"), TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand(ID, ActivityKind.CALL, TODAY, "  ", null, null, List.of("p-uni"), TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand(ID, ActivityKind.CALL, TODAY, "x".repeat(2001), null, null,
                        List.of("p-uni"), TODAY))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
    }

    // correcting

    @Test
    void canCorrectTheDateKeepingTheRest() {
        fixture.given(RECORDED)
                .when(correct(null, LocalDate.of(2018, 5, 1), null, null, "It was the day after"))
                .expectEvents(new ActivityCorrectedEvent(ID, List.of("p-uni", "p-beis"), List.of("p-uni", "p-beis"),
                        ActivityKind.ROUND_TABLE, LocalDate.of(2018, 5, 1), "Round table with senior civil servants",
                        "prog-1", List.of(Theme.AI_AND_DATA), "It was the day after"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canCorrectThePartnersAndThemes() {
        fixture.given(RECORDED)
                .when(new CorrectActivityCommand(ID, ActivityKind.MEETING, null, "A meeting",
                        List.of(Theme.CLEAN_GROWTH), List.of("p-uni", "p-dclg"), "DCLG, not BEIS", TODAY, null))
                .expectEvents(new ActivityCorrectedEvent(ID, List.of("p-uni", "p-dclg"), List.of("p-uni", "p-beis"),
                        ActivityKind.MEETING, ROUND_TABLE, "A meeting", "prog-1", List.of(Theme.CLEAN_GROWTH),
                        "DCLG, not BEIS"));
    }

    @Test
    void canCorrectACorrectedActivity() {
        fixture.given(RECORDED, corrected())
                .when(correct(null, ROUND_TABLE, null, null, "It was the 30th after all"))
                .expectSuccessfulHandlerExecution().expectResultMessagePayload(2L);
    }

    @Test
    void cannotCorrectWithoutAReason() {
        fixture.given(RECORDED).when(correct(null, LocalDate.of(2018, 5, 1), null, null, " "))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(RECORDED).when(correct(null, LocalDate.of(2018, 5, 1), null, null, null))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
    }

    @Test
    void cannotCorrectToNothingNew() {
        fixture.given(RECORDED).when(correct(null, null, null, null, "Nothing"))
                .expectNoEvents().expectException(refusedWith(CORRECTION_CHANGES_NOTHING));
        fixture.given(RECORDED).when(correct(List.of("p-beis", "p-uni"), ROUND_TABLE,
                        "Round table with senior civil servants", List.of(Theme.AI_AND_DATA), "Same again"))
                .expectNoEvents().expectException(refusedWith(CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void cannotCorrectToAFutureDate() {
        fixture.given(RECORDED).when(correct(null, TODAY.plusDays(1), null, null, "Later"))
                .expectNoEvents().expectException(refusedWith(INVALID_CORRECTION));
    }

    @Test
    void cannotCorrectToNoDuplicateOrUnknownPartners() {
        fixture.given(RECORDED).when(correct(List.of(), null, null, null, "Nobody"))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(RECORDED).when(correct(List.of("p-uni", "p-uni"), null, null, null, "Twice"))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(RECORDED).when(correct(List.of("p-uni", "p-nobody"), null, null, null, "Unknown"))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
    }

    @Test
    void cannotCorrectAWithdrawnActivity() {
        fixture.given(RECORDED, withdrawn())
                .when(correct(null, LocalDate.of(2018, 5, 1), null, null, "Too late"))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_WITHDRAWN));
    }

    @Test
    void cannotCorrectAnUnknownActivity() {
        fixture.givenNoPriorActivity()
                .when(correct(null, LocalDate.of(2018, 5, 1), null, null, "Who?"))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_NOT_FOUND));
    }

    @Test
    void anActivityRecordedOnItsPartnerBeforeCorrectionsIsToldApart() {
        fixture.givenNoPriorActivity()
                .when(new CorrectActivityCommand("legacy-1", null, LocalDate.of(2018, 5, 1), null, null, null,
                        "Old one", TODAY, null))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_PREDATES_CORRECTIONS));
        fixture.givenNoPriorActivity()
                .when(new WithdrawActivityCommand("legacy-1", "Old one", null))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_PREDATES_CORRECTIONS));
    }

    // withdrawing

    @Test
    void canWithdrawAnActivityForEveryPartnerItNames() {
        fixture.given(RECORDED, corrected())
                .when(new WithdrawActivityCommand(ID, " Entered twice ", null))
                .expectEvents(new ActivityWithdrawnEvent(ID, List.of("p-uni", "p-dclg"), "prog-1", "Entered twice"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotWithdrawWithoutAReasonOrTwice() {
        fixture.given(RECORDED).when(new WithdrawActivityCommand(ID, "", null))
                .expectNoEvents().expectException(refusedWith(INVALID_ACTIVITY));
        fixture.given(RECORDED, withdrawn()).when(new WithdrawActivityCommand(ID, "Again", null))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_WITHDRAWN));
    }

    @Test
    void cannotWithdrawAnUnknownActivity() {
        fixture.givenNoPriorActivity().when(new WithdrawActivityCommand(ID, "Who?", null))
                .expectNoEvents().expectException(refusedWith(ACTIVITY_NOT_FOUND));
    }

    private static RecordActivityCommand record(List<String> partnerIds, LocalDate on) {
        return new RecordActivityCommand(ID, ActivityKind.ROUND_TABLE, on, "Round table with senior civil servants",
                "prog-1", List.of(Theme.AI_AND_DATA, Theme.AI_AND_DATA), partnerIds, TODAY);
    }

    private static CorrectActivityCommand correct(List<String> partnerIds, LocalDate on, String summary,
                                                  List<Theme> themes, String reason) {
        return new CorrectActivityCommand(ID, null, on, summary, themes, partnerIds, reason, TODAY, null);
    }

    private static ActivityCorrectedEvent corrected() {
        return new ActivityCorrectedEvent(ID, List.of("p-uni", "p-dclg"), List.of("p-uni", "p-beis"),
                ActivityKind.ROUND_TABLE, LocalDate.of(2018, 5, 1), "Round table with senior civil servants", "prog-1",
                List.of(Theme.AI_AND_DATA), "DCLG, not BEIS");
    }

    private static ActivityWithdrawnEvent withdrawn() {
        return new ActivityWithdrawnEvent(ID, List.of("p-uni", "p-beis"), "prog-1", "Entered twice");
    }
}
