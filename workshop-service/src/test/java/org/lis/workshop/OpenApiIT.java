package org.lis.workshop;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The served OpenAPI document lists the endpoints of API.md and says what clients need to know of them. */
class OpenApiIT extends ApiTestBase {

    @Test
    void documentsTheWorkshopEndpoints() {
        document()
                .jsonPath("$.paths['/api/hypotheses']").exists()
                .jsonPath("$.paths['/api/hypotheses/{hypothesisId}']").exists()
                .jsonPath("$.paths['/api/workshops']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/reschedule']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/cancel']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/close']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/hypotheses']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/invitations']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/invitations/{invitationId}/rsvp']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/attendance']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/attendance/{partnerId}/withdrawal'].post").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/invitations/{invitationId}/withdrawal'].post").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/no-shows']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/feedback']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/feedback/{feedbackId}/corrections']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/live']").exists();
    }

    /** Erasing a contact does not reach free text, so the API tells clients to keep people out of it. */
    @Test
    void warnsThatFreeTextIsNotCoveredByErasure() {
        document()
                .jsonPath("$.components.schemas.FeedbackRequest.properties.comment.description")
                .value(containsString("erasing a contact does not reach it"))
                .jsonPath("$.components.schemas.CorrectionRequest.properties.comment.description")
                .value(containsString("erasing a contact does not reach it"))
                .jsonPath("$.components.schemas.CorrectionRequest.properties.reason.description")
                .value(containsString("erasing a contact does not reach it"));
    }

    @Test
    void givesCreatesTheStatusTheyAnswerWith() {
        document()
                .jsonPath("$.paths['/api/hypotheses'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/hypotheses'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/workshops'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/workshops'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/workshops/{workshopId}/invitations'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/feedback'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/workshops/{workshopId}/reschedule'].post.responses['200']").exists();
    }

    private WebTestClient.BodyContentSpec document() {
        return client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody();
    }
}
