package org.lis.workshop.hypothesis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.hypothesis.command.ProposeHypothesisCommand;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The web layer alone: how a proposal becomes a command, what is refused before any command is sent, and how a
 * refusal of the command side reaches the client.
 */
@WebSliceTest(HypothesisController.class)
class HypothesisControllerTest extends WebSliceTestBase {

    static final String PROPOSAL = "{\"programmeId\": \"prog-1\", \"title\": \"AI centre\", \"statement\": \"s\","
            + " \"themes\": [\"AI_AND_DATA\"], \"sectors\": [%s]}";

    @MockitoBean
    HypothesisQueries queries;
    @MockitoBean
    IdGenerator ids;

    private WebTestClient.ResponseSpec propose(Consumer<HttpHeaders> user, String body) {
        return post("/api/hypotheses", user, body);
    }

    @Test
    void facilitatorProposesAHypothesis() {
        when(ids.newId()).thenReturn("h-1");
        creates("h-1", 0);

        expectCreated(propose(TestUsers.asFacilitator(), PROPOSAL.formatted("\"ai-research\"")),
                "/api/hypotheses/h-1", "h-1", 0);

        assertThat(sentCreate()).isEqualTo(new ProposeHypothesisCommand("h-1", "prog-1", "AI centre", "s",
                List.of(Theme.AI_AND_DATA), List.of("ai-research")));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        when(ids.newId()).thenReturn("h-1");
        refusesCreating(new DomainException(WorkshopError.PROGRAMME_UNKNOWN, "programme prog-1 is unknown"));

        expectProblem(propose(TestUsers.asOfficer(), PROPOSAL.formatted("")), 404, "PROGRAMME_UNKNOWN");
    }

    @Test
    void cannotProposeWithASectorNotInKebabCase() {
        propose(TestUsers.asOfficer(), PROPOSAL.formatted("\"Life Sciences\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat((String) field)
                        .startsWith("sectors"));
        assertNothingSent();
    }

    @Test
    void boardCannotPropose() {
        propose(TestUsers.asBoard(), PROPOSAL.formatted("")).expectStatus().isForbidden();
        assertNothingSent();
    }
}
