package org.lis.console;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem+json answers from a stubbed engagement service, as the board sees them: in words on the page, with the
 * service's detail, never a stack trace; the adoption refusal beside the reason field.
 */
class ServiceProblemPagesTest extends StubbedEngagementPages {

    @Test
    void aServiceFailureIsAPageInWords() {
        STUB.answer("GET /api/programmes", 503, """
                {"type":"about:blank","title":"Service Unavailable","status":503,
                 "detail":"The database cannot be reached; try again in a minute"}""");

        String page = PageSession.signIn(client, "board").get("/programmes").expectStatus().isEqualTo(502)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Sorry, there is a problem", "govuk-error-summary",
                "The database cannot be reached; try again in a minute").doesNotContain("Exception");
    }

    @Test
    void theServicesRefusalOfAnAdoptionIsShownByTheReasonField() {
        STUB.answer("GET /api/programmes/p-1", 200, """
                {"id":"p-1","name":"Bucks LIS","adoptionTargetDate":"2019-03-29","phases":[],"readiness":{},
                 "adopted":false,"adoptedOn":null,"overrideReason":null,"failedChecks":[],"version":1}""");
        STUB.answer("GET /api/programmes/p-1/readiness", 200, """
                {"ready":false,"adoptionTargetDate":"2019-03-29",
                 "checks":[{"name":"keyPartnersEngaged","passed":false,"detail":"1 key partner not engaged: Bucks Council"}]}""");
        STUB.answer("POST /api/programmes/p-1/adoption", 409, """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"Readiness checks failed: keyPartnersEngaged; adopting anyway needs an overrideReason"}""");
        PageSession board = PageSession.signIn(client, "board");
        String form = board.html("/programmes/p-1/adoption");
        assertThat(form).contains("1 key partner not engaged: Bucks Council");

        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("adoptedOn-day", "29");
        data.add("adoptedOn-month", "3");
        data.add("adoptedOn-year", "2019");
        data.add("overrideReason", "");
        String refused = board.post("/programmes/p-1/adoption", form, data).expectStatus().isEqualTo(409)
                .expectBody(String.class).returnResult().getResponseBody();

        int field = refused.indexOf("id=\"overrideReason-error\"");
        assertThat(field).isPositive();
        assertThat(refused.substring(field)).contains("adopting anyway needs an overrideReason");
        assertThat(refused).contains("There is a problem");
    }
}
