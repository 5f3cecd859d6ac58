package org.lis.engagement.adoption.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.lis.engagement.EngagementError.READINESS_CHECKS_FAILED;
import static org.mockito.Mockito.verify;

/** Adoption's web layer alone: the board's decision as one command; the readiness checks are the command side's. */
@WebSliceTest(value = AdoptionController.class, now = "2018-09-20T10:00:00Z")
class AdoptionControllerTest extends WebSliceTestBase {

    private static final String ADOPTION = "/api/programmes/prog-1/adoption";
    private static final LocalDate TODAY = LocalDate.of(2018, 9, 20);

    @Test
    void theBoardsDecisionDateIsRequired() {
        expectInvalid(adopt(TestUsers.asBoard(), "{\"overrideReason\": \"Government deadline\"}"), "adoptedOn");
        assertNothingSent();
    }

    @Test
    void boardAdoptsWithItsOverrideReason() {
        updates("prog-1", 1);

        expectUpdated(adopt(TestUsers.asBoard(),
                "{\"adoptedOn\": \"2018-09-20\", \"overrideReason\": \"Government deadline\"}"), "prog-1", 1);

        verify(commands).update("prog-1", new AdoptProgrammeCommand("prog-1", TODAY, "Government deadline", TODAY, null));
    }

    @Test
    void boardAdoptsAsOfItsDateAtTheVersionIfMatchNames() {
        updates("prog-1", 1);

        post(ADOPTION, TestUsers.asBoard(), 0, "{\"adoptedOn\": \"2018-09-01\"}").expectStatus().isOk();

        verify(commands).update("prog-1", new AdoptProgrammeCommand("prog-1", LocalDate.of(2018, 9, 1), null, TODAY, 0L));
    }

    @Test
    void failingChecksWithoutAReasonAreAConflict() {
        refusesUpdating("prog-1", new DomainException(READINESS_CHECKS_FAILED,
                "Readiness checks failed: keyPartnersEngaged; adopting anyway needs an overrideReason"));

        expectProblem(adopt(TestUsers.asBoard(), "{\"adoptedOn\": \"2018-09-20\"}"), 409, "READINESS_CHECKS_FAILED");
    }

    @Test
    void onlyTheBoardAdopts() {
        adopt(TestUsers.asOfficer(), "{}").expectStatus().isForbidden();
        adopt(TestUsers.asFacilitator(), "{}").expectStatus().isForbidden();
        assertNothingSent();
    }

    private WebTestClient.ResponseSpec adopt(Consumer<HttpHeaders> user, String body) {
        return post(ADOPTION, user, body);
    }
}
