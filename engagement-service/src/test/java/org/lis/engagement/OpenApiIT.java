package org.lis.engagement;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The served OpenAPI document lists the endpoints of API.md, with only the parameters clients send. */
class OpenApiIT extends ApiTestBase {

    @Test
    void documentsTheEngagementEndpoints() {
        apiDocs()
                .jsonPath("$.paths['/api/partners'].post").exists()
                .jsonPath("$.paths['/api/partners'].get.parameters[*].name").value(hasItem("keyPartner"))
                .jsonPath("$.paths['/api/partners/{partnerId}'].get").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}'].get.parameters[*].name").value(everyItem(not("user")))
                .jsonPath("$.paths['/api/partners/{partnerId}'].put").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts'].post").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts/{contactId}'].delete").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/activities'].post").exists()
                .jsonPath("$.paths['/api/activities'].post").exists()
                .jsonPath("$.paths['/api/activities'].get.parameters[*].name").value(hasItem("partnerId"))
                .jsonPath("$.paths['/api/activities/{activityId}'].get").exists()
                .jsonPath("$.paths['/api/activities/{activityId}/corrections'].post").exists()
                .jsonPath("$.paths['/api/activities/{activityId}/withdrawal'].post").exists()
                .jsonPath("$.paths['/api/programmes'].post").exists()
                .jsonPath("$.paths['/api/programmes'].get").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}'].get").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}/milestones/{milestoneId}/delivered'].post").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}/milestones/{milestoneId}/slipped'].post").exists()
                .jsonPath("$.components.schemas.MilestoneSlipRequest.properties.precision.enum")
                .value(hasItem("WEEK"))
                .jsonPath("$.paths['/api/groups'].post").exists()
                .jsonPath("$.paths['/api/groups'].get").exists()
                .jsonPath("$.paths['/api/groups/{groupId}'].get").exists()
                .jsonPath("$.paths['/api/groups/{groupId}/members'].post").exists()
                .jsonPath("$.paths['/api/groups/{groupId}/members/{partnerId}/joined'].post").exists()
                .jsonPath("$.paths['/api/groups/{groupId}/members/{partnerId}/left'].post").exists()
                .jsonPath("$.paths['/api/groups/{groupId}/meetings'].post").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}/consultations'].post").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}/consultations'].get").exists()
                .jsonPath("$.paths['/api/consultations/{consultationId}'].get").exists()
                .jsonPath("$.paths['/api/consultations/{consultationId}/responses'].post").exists()
                .jsonPath("$.paths['/api/consultations/{consultationId}/close-early'].post").exists()
                .jsonPath("$.paths['/api/consultations/{consultationId}/responses/{responseId}'].get").exists();
    }

    /** Erasing a contact does not reach free text, so the API tells clients to keep people out of it. */
    @Test
    void warnsThatFreeTextIsNotCoveredByErasure() {
        apiDocs()
                .jsonPath("$.components.schemas.ActivityRequest.properties.summary.description")
                .value(containsString("erasing a contact does not reach it"))
                .jsonPath("$.components.schemas.MeetingRequest.properties.notes.description")
                .value(containsString("erasing a contact does not reach it"));
    }

    /** API.md: creating answers 201 and erasing a contact 204; the document must say so, not 200. */
    @Test
    void documentsCreatedAndNoContentStatuses() {
        WebTestClient.BodyContentSpec docs = apiDocs();
        for (String created : List.of("/api/partners", "/api/programmes", "/api/partners/{partnerId}/contacts",
                "/api/partners/{partnerId}/activities", "/api/groups", "/api/groups/{groupId}/members",
                "/api/groups/{groupId}/meetings", "/api/programmes/{programmeId}/consultations",
                "/api/consultations/{consultationId}/responses")) {
            assertAnswers(docs, "$.paths['" + created + "'].post", "201");
        }
        assertAnswers(docs, "$.paths['/api/partners/{partnerId}/contacts/{contactId}'].delete", "204");
    }

    private WebTestClient.BodyContentSpec apiDocs() {
        // the document outgrew the client's default 64 KB buffer once the groups' endpoints were added
        return client.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(1024 * 1024)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody();
    }

    /** The operation documents {@code status}, not 200. */
    private static void assertAnswers(WebTestClient.BodyContentSpec docs, String operation, String status) {
        docs.jsonPath(operation + ".responses['" + status + "']").exists()
                .jsonPath(operation + ".responses['200']").doesNotExist();
    }
}
