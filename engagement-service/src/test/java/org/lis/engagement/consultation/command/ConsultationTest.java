package org.lis.engagement.consultation.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.consultation.ConsultationClosedEarlyEvent;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.events.consultation.HypothesisStance;
import org.lis.events.workshop.Stance;
import org.lis.support.command.CommandProperties;
import org.lis.support.error.DomainException;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.lis.engagement.EngagementError.ALREADY_ADOPTED;
import static org.lis.engagement.EngagementError.CONSULTATION_CLOSED;
import static org.lis.engagement.EngagementError.CONSULTATION_NOT_OPEN;
import static org.lis.engagement.EngagementError.CONSULTATION_WINDOW;
import static org.lis.engagement.EngagementError.HYPOTHESIS_NOT_CONSULTED;
import static org.lis.engagement.EngagementError.INVALID_CONSULTATION;
import static org.lis.engagement.EngagementError.INVALID_CONSULTATION_RESPONSE;
import static org.lis.engagement.EngagementError.PARTNER_NOT_FOUND;
import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.lis.engagement.EngagementError.RESPONSE_IN_FUTURE;
import static org.lis.support.test.DomainErrorMatcher.refusedWith;

/**
 * The seed's consultation on the draft strategy, 5 October to 23 November 2018. Known to the lookups: programme
 * "prog-1" (not adopted), "prog-adopted" (adopted), partners "p-1" and "p-2".
 */
class ConsultationTest {

    private static final String ID = "cons-1";
    private static final LocalDate OPENS = LocalDate.of(2018, 10, 5);
    private static final LocalDate CLOSES = LocalDate.of(2018, 11, 23);
    private static final LocalDate TODAY = LocalDate.of(2018, 12, 3);
    private static final List<Theme> THEMES = List.of(Theme.AI_AND_DATA, Theme.CLEAN_GROWTH);
    private static final ConsultationOpenedEvent OPENED = new ConsultationOpenedEvent(ID, "prog-1",
            "Consultation on the draft strategy", "the draft Local Industrial Strategy", OPENS, CLOSES, THEMES,
            List.of("hyp-ai"));

    private FixtureConfiguration<Consultation> fixture;

    @BeforeEach
    void setUp() {
        ConsultationLookups lookups = new ConsultationLookups() {
            @Override
            public Mono<Void> requireProgrammeBeforeAdoption(String programmeId) {
                return switch (programmeId) {
                    case "prog-1" -> Mono.empty();
                    case "prog-adopted" -> Mono.error(new DomainException(ALREADY_ADOPTED, "adopted"));
                    default -> Mono.error(new DomainException(PROGRAMME_NOT_FOUND, "No programme " + programmeId));
                };
            }

            @Override
            public Mono<Void> requirePartner(String partnerId) {
                return List.of("p-1", "p-2").contains(partnerId) ? Mono.empty()
                        : Mono.error(new DomainException(PARTNER_NOT_FOUND, "partnerId", "No partner " + partnerId));
            }
        };
        fixture = new AggregateTestFixture<>(Consultation.class);
        fixture.registerAnnotatedCommandHandler(new ConsultationCommandHandler(fixture.getRepository(), lookups,
                new CommandProperties(null, null)));
    }

    @Test
    void canOpenWindowOnProgrammeNotYetAdopted() {
        fixture.givenNoPriorActivity()
                .when(open("prog-1", " Consultation on the draft strategy ", OPENS, CLOSES))
                .expectEvents(OPENED)
                .expectResultMessagePayload(ID);
    }

    @Test
    void canOpenWindowOfOneDay() {
        fixture.givenNoPriorActivity()
                .when(open("prog-1", "One day", OPENS, OPENS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotOpenWindowThatClosesBeforeItOpens() {
        fixture.givenNoPriorActivity()
                .when(open("prog-1", "Backwards", CLOSES, OPENS))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_WINDOW));
    }

    @Test
    void cannotOpenWindowWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(open("prog-1", "  ", OPENS, CLOSES))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION));
    }

    @Test
    void cannotOpenWindowOfUnknownProgramme() {
        fixture.givenNoPriorActivity()
                .when(open("prog-x", "Consultation", OPENS, CLOSES))
                .expectNoEvents().expectException(refusedWith(PROGRAMME_NOT_FOUND));
    }

    @Test
    void cannotOpenWindowOnceProgrammeIsAdopted() {
        fixture.givenNoPriorActivity()
                .when(open("prog-adopted", "Consultation", OPENS, CLOSES))
                .expectNoEvents().expectException(refusedWith(ALREADY_ADOPTED));
    }

    @Test
    void canRecordResponseWithinWindow() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 20), null,
                        List.of(new HypothesisStance("hyp-ai", Stance.SUPPORT, " Strong case "))))
                .expectEvents(new ConsultationResponseRecordedEvent(ID, "prog-1", "r-1", "p-1",
                        LocalDate.of(2018, 11, 20), "Supports the draft", Stance.CONDITIONAL,
                        List.of(new HypothesisStance("hyp-ai", Stance.SUPPORT, "Strong case")), false, null, THEMES))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canRecordResponseOnTheDayWindowOpens() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", OPENS, null, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canRecordResponseOnTheDayWindowCloses() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", CLOSES, null, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canRecordSecondResponseOfSamePartner() {
        fixture.given(OPENED, recorded("r-1", "p-1", LocalDate.of(2018, 10, 10)))
                .when(response("r-2", "p-1", LocalDate.of(2018, 11, 1), null, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void canRecordLateResponseWithReason() {
        fixture.given(OPENED)
                .when(response("r-1", "p-2", LocalDate.of(2018, 11, 27), " Extension agreed for the cabinet ",
                        List.of()))
                .expectEvents(new ConsultationResponseRecordedEvent(ID, "prog-1", "r-1", "p-2",
                        LocalDate.of(2018, 11, 27), "Supports the draft", Stance.CONDITIONAL, List.of(), true,
                        "Extension agreed for the cabinet", THEMES));
    }

    @Test
    void cannotRecordResponseAfterCloseWithoutLateReason() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 24), null, List.of()))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_CLOSED));
    }

    @Test
    void cannotRecordResponseAfterCloseWithBlankLateReason() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 24), "  ", List.of()))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_CLOSED));
    }

    @Test
    void cannotRecordOnTimeResponseAsLate() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 20), "Arrived late", List.of()))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION_RESPONSE));
    }

    @Test
    void cannotRecordResponseBeforeWindowOpens() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 10, 4), null, List.of()))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_NOT_OPEN));
    }

    @Test
    void cannotRecordResponseReceivedInTheFuture() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", TODAY.plusDays(1), "Not yet received", List.of()))
                .expectNoEvents().expectException(refusedWith(RESPONSE_IN_FUTURE));
    }

    @Test
    void cannotRecordResponseOfUnknownPartner() {
        fixture.given(OPENED)
                .when(response("r-1", "p-x", LocalDate.of(2018, 11, 20), null, List.of()))
                .expectNoEvents().expectException(refusedWith(PARTNER_NOT_FOUND));
    }

    @Test
    void cannotRecordResponseWithoutSummary() {
        fixture.given(OPENED)
                .when(new RecordConsultationResponseCommand(ID, "r-1", "p-1", LocalDate.of(2018, 11, 20), " ",
                        Stance.SUPPORT, List.of(), null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION_RESPONSE));
    }

    @Test
    void cannotRecordResponseWithoutStance() {
        fixture.given(OPENED)
                .when(new RecordConsultationResponseCommand(ID, "r-1", "p-1", LocalDate.of(2018, 11, 20), "Summary",
                        null, List.of(), null, TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION_RESPONSE));
    }

    @Test
    void cannotTakeStanceOnHypothesisNotConsultedOn() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 20), null,
                        List.of(new HypothesisStance("hyp-other", Stance.OPPOSE, null))))
                .expectNoEvents().expectException(refusedWith(HYPOTHESIS_NOT_CONSULTED));
    }

    @Test
    void cannotTakeTwoStancesOnOneHypothesis() {
        fixture.given(OPENED)
                .when(response("r-1", "p-1", LocalDate.of(2018, 11, 20), null,
                        List.of(new HypothesisStance("hyp-ai", Stance.OPPOSE, null),
                                new HypothesisStance("hyp-ai", Stance.SUPPORT, null))))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION_RESPONSE));
    }

    @Test
    void canCloseEarlyAndThenLaterResponsesAreLate() {
        fixture.given(OPENED, recorded("r-1", "p-1", LocalDate.of(2018, 11, 1)))
                .when(new CloseConsultationEarlyCommand(ID, LocalDate.of(2018, 11, 16), " Draft revised ", TODAY, null))
                .expectEvents(new ConsultationClosedEarlyEvent(ID, "prog-1", LocalDate.of(2018, 11, 16),
                        "Draft revised"));
        fixture.given(OPENED, new ConsultationClosedEarlyEvent(ID, "prog-1", LocalDate.of(2018, 11, 16), "Revised"))
                .when(response("r-2", "p-1", LocalDate.of(2018, 11, 20), null, List.of()))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_CLOSED));
    }

    @Test
    void cannotCloseEarlyBeforeAResponseReceivedInTheWindow() {
        fixture.given(OPENED, recorded("r-1", "p-1", LocalDate.of(2018, 11, 20)))
                .when(new CloseConsultationEarlyCommand(ID, LocalDate.of(2018, 11, 16), "Draft revised", TODAY, null))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_WINDOW));
    }

    @Test
    void cannotCloseEarlyOnThePlannedClose() {
        fixture.given(OPENED)
                .when(new CloseConsultationEarlyCommand(ID, CLOSES, "Same day", TODAY, null))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_WINDOW));
    }

    @Test
    void cannotCloseEarlyBeforeTheOpening() {
        fixture.given(OPENED)
                .when(new CloseConsultationEarlyCommand(ID, OPENS.minusDays(1), "Too early", TODAY, null))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_WINDOW));
    }

    @Test
    void cannotCloseEarlyWithoutReason() {
        fixture.given(OPENED)
                .when(new CloseConsultationEarlyCommand(ID, LocalDate.of(2018, 11, 1), " ", TODAY, null))
                .expectNoEvents().expectException(refusedWith(INVALID_CONSULTATION));
    }

    @Test
    void cannotCloseEarlyOnADayStillToCome() {
        fixture.given(OPENED)
                .when(new CloseConsultationEarlyCommand(ID, LocalDate.of(2018, 11, 10), "Planned", LocalDate.of(2018, 11, 1),
                        null))
                .expectNoEvents().expectException(refusedWith(CONSULTATION_WINDOW));
    }

    private static OpenConsultationCommand open(String programmeId, String title, LocalDate opensOn,
                                                LocalDate closesOn) {
        return new OpenConsultationCommand(ID, programmeId, title, "the draft Local Industrial Strategy", opensOn,
                closesOn, THEMES, List.of("hyp-ai"));
    }

    private static RecordConsultationResponseCommand response(String responseId, String partnerId,
                                                              LocalDate receivedOn, String lateReason,
                                                              List<HypothesisStance> hypotheses) {
        return new RecordConsultationResponseCommand(ID, responseId, partnerId, receivedOn, " Supports the draft ",
                Stance.CONDITIONAL, hypotheses, lateReason, TODAY, null);
    }

    private static ConsultationResponseRecordedEvent recorded(String responseId, String partnerId,
                                                              LocalDate receivedOn) {
        return new ConsultationResponseRecordedEvent(ID, "prog-1", responseId, partnerId, receivedOn, "Summary",
                Stance.SUPPORT, List.of(), false, null, THEMES);
    }
}
