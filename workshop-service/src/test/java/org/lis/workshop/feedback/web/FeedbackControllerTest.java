package org.lis.workshop.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.Stance;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.feedback.command.CorrectFeedbackCommand;
import org.lis.workshop.feedback.command.FeedbackIds;
import org.lis.workshop.feedback.command.RecordFeedbackCommand;
import org.lis.workshop.feedback.query.FeedbackQueries;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import reactor.core.publisher.Mono;

/**
 * The web layer alone: how feedback and its corrections become commands, what is refused before any command is
 * sent, and how a refusal of the command side reaches the client.
 */
@WebSliceTest(value = FeedbackController.class, now = "2018-08-14T11:00:00Z")
@Import(BusinessTimes.class)
class FeedbackControllerTest extends WebSliceTestBase {

    static final Instant NOW = Instant.parse("2018-08-14T11:00:00Z");
    static final String FEEDBACK = "{\"hypothesisId\": \"h-1\", \"partnerId\": \"p-1\", \"stance\": \"SUPPORT\","
            + " \"confidence\": %d, \"comment\": \"yes\"}";
    static final String CORRECTION = "{\"stance\": \"OPPOSE\", \"confidence\": 2, \"reason\": \"misheard\"}";
    static final String FEEDBACK_ID = FeedbackIds.of("w-1", "h-1", "p-1");

    @MockitoBean
    FeedbackQueries queries;

    private Object sent() {
        return sentUpdate("w-1");
    }

    @Test
    void facilitatorRecordsFeedbackUnderTheIdOfWorkshopHypothesisAndPartner() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 5)));

        client.post().uri("/api/workshops/w-1/feedback").headers(TestUsers.asFacilitator()).header("If-Match", "\"4\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(FEEDBACK.formatted(4)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/workshops/w-1/feedback/" + FEEDBACK_ID)
                .expectHeader().valueEquals("ETag", "\"5\"")
                .expectBody().jsonPath("$.id").isEqualTo(FEEDBACK_ID).jsonPath("$.version").isEqualTo(5);

        assertThat(sent()).isEqualTo(new RecordFeedbackCommand("w-1", FEEDBACK_ID, "h-1", "p-1", Stance.SUPPORT, 4,
                "yes", false, NOW, 4L));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.error(new DomainException(
                WorkshopError.PARTNER_UNKNOWN, "partner p-1 is unknown")));

        post("/api/workshops/w-1/feedback", TestUsers.asFacilitator(), FEEDBACK.formatted(4))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PARTNER_UNKNOWN");
    }

    @Test
    void cannotRecordFeedbackWithConfidenceOverFive() {
        post("/api/workshops/w-1/feedback", TestUsers.asFacilitator(), FEEDBACK.formatted(6))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("confidence");
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void officerCannotRecordFeedback() {
        post("/api/workshops/w-1/feedback", TestUsers.asOfficer(), FEEDBACK.formatted(4))
                .expectStatus().isForbidden();
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void officerCorrectsFeedbackAsOfficer() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 6)));

        post("/api/workshops/w-1/feedback/f-1/corrections", TestUsers.asOfficer(), CORRECTION)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"6\"")
                .expectBody().jsonPath("$.id").isEqualTo("f-1");

        assertThat(sent()).isEqualTo(new CorrectFeedbackCommand("w-1", "f-1", Stance.OPPOSE, 2, null, "misheard",
                true, NOW, null));
    }

    @Test
    void facilitatorCorrectsFeedbackAsFacilitator() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 6)));

        post("/api/workshops/w-1/feedback/f-1/corrections", TestUsers.asFacilitator(), CORRECTION)
                .expectStatus().isOk();

        assertThat(((CorrectFeedbackCommand) sent()).byOfficer()).isFalse();
    }
}
