package org.lis.engagement.adoption.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.programme.command.AdoptProgrammeCommand;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

import static org.lis.engagement.EngagementError.READINESS_CHECKS_FAILED;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Adoption's web layer alone: the board's decision as one command; the readiness checks are the command side's. */
@WebSliceTest(value = AdoptionController.class, now = "2018-09-20T10:00:00Z")
class AdoptionControllerTest extends WebSliceTestBase {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 20);

    @Test
    void theBoardsDecisionDateIsRequired() {
        adopt(TestUsers.asBoard(), "{\"overrideReason\": \"Government deadline\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("adoptedOn");
        verifyNoInteractions(commands);
    }

    @Test
    void boardAdoptsWithItsOverrideReason() {
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("prog-1", 1)));

        adopt(TestUsers.asBoard(), "{\"adoptedOn\": \"2018-09-20\", \"overrideReason\": \"Government deadline\"}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo("prog-1").jsonPath("$.version").isEqualTo(1);

        verify(commands).update("prog-1", new AdoptProgrammeCommand("prog-1", TODAY, "Government deadline", TODAY, null));
    }

    @Test
    void boardAdoptsAsOfItsDateAtTheVersionIfMatchNames() {
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("prog-1", 1)));

        client.post().uri("/api/programmes/prog-1/adoption").headers(TestUsers.asBoard()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"adoptedOn\": \"2018-09-01\"}").exchange()
                .expectStatus().isOk();

        verify(commands).update("prog-1", new AdoptProgrammeCommand("prog-1", LocalDate.of(2018, 9, 1), null, TODAY, 0L));
    }

    @Test
    void failingChecksWithoutAReasonAreAConflict() {
        when(commands.update(anyString(), any())).thenReturn(Mono.error(new DomainException(READINESS_CHECKS_FAILED,
                "Readiness checks failed: keyPartnersEngaged; adopting anyway needs an overrideReason")));

        adopt(TestUsers.asBoard(), "{\"adoptedOn\": \"2018-09-20\"}")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("READINESS_CHECKS_FAILED");
    }

    @Test
    void onlyTheBoardAdopts() {
        adopt(TestUsers.asOfficer(), "{}").expectStatus().isForbidden();
        adopt(TestUsers.asFacilitator(), "{}").expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    private WebTestClient.ResponseSpec adopt(java.util.function.Consumer<org.springframework.http.HttpHeaders> user,
                                             String body) {
        return client.post().uri("/api/programmes/prog-1/adoption").headers(user)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
