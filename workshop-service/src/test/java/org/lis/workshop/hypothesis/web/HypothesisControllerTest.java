package org.lis.workshop.hypothesis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.hypothesis.command.ProposeHypothesisCommand;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

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

    private WebTestClient.ResponseSpec post(Consumer<HttpHeaders> user, String body) {
        return client.post().uri("/api/hypotheses").headers(user).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void facilitatorProposesAHypothesis() {
        when(ids.newId()).thenReturn("h-1");
        when(commands.create(any())).thenReturn(Mono.just(new CommandResult("h-1", 0)));

        post(TestUsers.asFacilitator(), PROPOSAL.formatted("\"ai-research\""))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/hypotheses/h-1")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody().jsonPath("$.id").isEqualTo("h-1");

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).create(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ProposeHypothesisCommand("h-1", "prog-1", "AI centre", "s",
                List.of(Theme.AI_AND_DATA), List.of("ai-research")));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        when(ids.newId()).thenReturn("h-1");
        when(commands.create(any())).thenReturn(Mono.error(new DomainException(WorkshopError.PROGRAMME_UNKNOWN,
                "programme prog-1 is unknown")));

        post(TestUsers.asOfficer(), PROPOSAL.formatted(""))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_UNKNOWN");
    }

    @Test
    void cannotProposeWithASectorNotInKebabCase() {
        post(TestUsers.asOfficer(), PROPOSAL.formatted("\"Life Sciences\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field -> assertThat((String) field)
                        .startsWith("sectors"));
        verify(commands, never()).create(any());
    }

    @Test
    void boardCannotPropose() {
        post(TestUsers.asBoard(), PROPOSAL.formatted("")).expectStatus().isForbidden();
        verify(commands, never()).create(any());
    }
}
