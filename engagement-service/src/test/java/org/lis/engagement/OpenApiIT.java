package org.lis.engagement;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The served OpenAPI document lists the endpoints of API.md, with only the parameters clients send. */
class OpenApiIT extends ApiTestBase {

    @Test
    void documentsTheEngagementEndpoints() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/partners'].post").exists()
                .jsonPath("$.paths['/api/partners'].get.parameters[*].name").value(hasItem("keyPartner"))
                .jsonPath("$.paths['/api/partners/{partnerId}'].get").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}'].get.parameters[*].name").value(everyItem(not("user")))
                .jsonPath("$.paths['/api/partners/{partnerId}'].put").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts'].post").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts/{contactId}'].delete").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/activities'].post").exists()
                .jsonPath("$.paths['/api/programmes'].post").exists()
                .jsonPath("$.paths['/api/programmes'].get").exists()
                .jsonPath("$.paths['/api/programmes/{programmeId}'].get").exists();
    }

    /** Erasing a contact does not reach free text, so the API tells clients to keep people out of it. */
    @Test
    void warnsThatFreeTextIsNotCoveredByErasure() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.schemas.ActivityRequest.properties.summary.description")
                .value(containsString("erasing a contact does not reach it"));
    }

    /** API.md: creating answers 201 and erasing a contact 204; the document must say so, not 200. */
    @Test
    void documentsCreatedAndNoContentStatuses() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/partners'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/partners'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/programmes'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/programmes'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/partners/{partnerId}/activities'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/activities'].post.responses['200']").doesNotExist()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts/{contactId}'].delete.responses['204']").exists()
                .jsonPath("$.paths['/api/partners/{partnerId}/contacts/{contactId}'].delete.responses['200']")
                .doesNotExist();
    }
}
