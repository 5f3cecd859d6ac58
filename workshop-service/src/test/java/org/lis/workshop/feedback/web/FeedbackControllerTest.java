package org.lis.workshop.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.Stance;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer alone: how feedback and its corrections become commands, what is refused before any command is
 * sent, and how a refusal of the command side reaches the client.
 */
@WebSliceTest(value = FeedbackController.class, now = "2018-08-14T11:00:00Z")
@Import(BusinessTimes.class)
class FeedbackControllerTest extends WebSliceTestBase {

    static final String FEEDBACK_URI = "/api/workshops/w-1/feedback";
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
        updates("w-1", 5);

        expectCreated(post(FEEDBACK_URI, TestUsers.asFacilitator(), 4, FEEDBACK.formatted(4)),
                FEEDBACK_URI + "/" + FEEDBACK_ID, FEEDBACK_ID, 5);

        assertThat(sent()).isEqualTo(new RecordFeedbackCommand("w-1", FEEDBACK_ID, "h-1", "p-1", Stance.SUPPORT, 4,
                "yes", false, NOW, 4L));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        refusesUpdating("w-1", new DomainException(WorkshopError.PARTNER_UNKNOWN, "partner p-1 is unknown"));

        expectProblem(post(FEEDBACK_URI, TestUsers.asFacilitator(), FEEDBACK.formatted(4)), 404, "PARTNER_UNKNOWN");
    }

    @Test
    void cannotRecordFeedbackWithConfidenceOverFive() {
        expectInvalid(post(FEEDBACK_URI, TestUsers.asFacilitator(), FEEDBACK.formatted(6)), "confidence");
        assertNothingSent();
    }

    @Test
    void officerCannotRecordFeedback() {
        post(FEEDBACK_URI, TestUsers.asOfficer(), FEEDBACK.formatted(4)).expectStatus().isForbidden();
        assertNothingSent();
    }

    @Test
    void officerCorrectsFeedbackAsOfficer() {
        updates("w-1", 6);

        expectUpdated(post(FEEDBACK_URI + "/f-1/corrections", TestUsers.asOfficer(), CORRECTION), "f-1", 6);

        assertThat(sent()).isEqualTo(new CorrectFeedbackCommand("w-1", "f-1", Stance.OPPOSE, 2, null, "misheard",
                true, NOW, null));
    }

    @Test
    void facilitatorCorrectsFeedbackAsFacilitator() {
        updates("w-1", 6);

        post(FEEDBACK_URI + "/f-1/corrections", TestUsers.asFacilitator(), CORRECTION)
                .expectStatus().isOk();

        assertThat(((CorrectFeedbackCommand) sent()).byOfficer()).isFalse();
    }
}
