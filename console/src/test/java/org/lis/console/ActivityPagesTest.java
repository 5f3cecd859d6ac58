package org.lis.console;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for an activity with several partners against a stubbed engagement service: who sees and may use them,
 * what is sent (the partners chosen, the version seen as If-Match), and each refusal, the console's and the
 * service's, in words in the error summary with what was entered kept.
 */
class ActivityPagesTest extends StubbedEngagementPages {

    private static final String PARTNERS = """
            {"items":[{"id":"p-uni","name":"University of Buckingham"},{"id":"p-beis","name":"BEIS"}],
             "page":0,"size":500,"total":2}""";
    private static final String ACTIVITY = """
            {"id":"a-1","kind":"ROUND_TABLE","occurredOn":"2018-04-30","summary":"Round table on the draft",
             "programmeId":null,"themes":["AI_AND_DATA"],"status":"RECORDED",
             "partners":[{"partnerId":"p-uni","name":"University of Buckingham"},{"partnerId":"p-beis","name":"BEIS"}],
             "original":{"kind":"ROUND_TABLE","occurredOn":"2018-04-30","summary":"Round table on the draft",
                         "themes":["AI_AND_DATA"],"partnerIds":["p-uni","p-beis"]},
             "corrections":[],"version":3}""";

    @BeforeEach
    void answerThePartnersAndTheActivity() {
        STUB.answer("GET /api/partners", 200, PARTNERS);
        STUB.answer("GET /api/programmes", 200, "{\"items\":[{\"id\":\"prog-1\",\"name\":\"Bucks LIS\"}],\"total\":1}");
        STUB.answer("GET /api/groups", 200, "{\"items\":[],\"total\":0}");
        STUB.answer("GET /api/partners/p-uni", 200, partner("a-1", "RECORDED"));
        STUB.answer("GET /api/activities/a-1", 200, ACTIVITY);
    }

    @Test
    void onlyOfficersAreOfferedToRecordCorrectOrWithdrawAndOnlyActivitiesThatCanBe() {
        String officer = PageSession.signIn(client, "officer").html("/partners/p-uni");
        assertThat(officer).contains("/activities/new?partner=p-uni", "/activities/a-1/correction?partner=p-uni",
                "/activities/a-1/withdrawal?partner=p-uni")
                .doesNotContain("/activities/a-2/", "/activities/a-3/");

        for (String role : List.of("board", "facilitator")) {
            PageSession other = PageSession.signIn(client, role);
            assertThat(other.html("/partners/p-uni")).contains("Round table on the draft", "with: BEIS")
                    .doesNotContain("/activities/", "Record an activity");
            other.get("/activities/new").expectStatus().isForbidden();
            other.get("/activities/a-1/correction").expectStatus().isForbidden();
            other.get("/activities/a-1/withdrawal").expectStatus().isForbidden();
            MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
            data.add("reason", "Entered twice");
            other.post("/activities/a-1/withdrawal", other.html("/partners/p-uni"), data).expectStatus().isForbidden();
        }
        assertThat(STUB.sent()).noneMatch(s -> s.method().equals("POST"));
    }

    @Test
    void noPartnerChosenIsSaidInTheSummaryWithWhatWasEnteredKept() {
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/activities/new?partner=p-uni");
        assertThat(form).containsPattern("value=\"p-uni\"\\s+checked");
        MultiValueMap<String, String> data = activity();
        data.remove("partnerIds");

        String refused = officer.post("/activities/new", form, data).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(refused).contains("There is a problem", "href=\"#partnerIds\"", "Choose the partners that took part",
                "Round table with civil servants").containsPattern("value=\"ROUND_TABLE\"\\s+checked");
        assertThat(STUB.sent()).noneMatch(s -> s.method().equals("POST"));
    }

    @Test
    void anActivityIsRecordedOnceWithEveryPartnerAndTheOfficerGoesBackToThePartner() {
        STUB.answer("POST /api/activities", 201, "{\"id\":\"a-9\",\"version\":0}");
        STUB.answer("GET /api/partners/p-uni", 200, partner("a-9", "RECORDED"));
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/activities/new?partner=p-uni");

        officer.post("/activities/new", form, activity()).expectStatus().is3xxRedirection()
                .expectHeader().location("/partners/p-uni");

        ServiceStub.Sent sent = STUB.sent().stream().filter(s -> s.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"partnerIds\":[\"p-uni\",\"p-beis\"]", "\"occurredOn\":\"2018-04-30\"",
                "\"kind\":\"ROUND_TABLE\"").doesNotContain("programmeId");
    }

    @Test
    void aPartnerTheServiceDoesNotKnowIsNamedNotNumbered() {
        STUB.answer("POST /api/activities", 404, """
                {"type":"urn:lis:problem:PARTNER_NOT_FOUND","title":"Not Found","status":404,
                 "detail":"partnerIds: p-beis is not registered",
                 "errors":[{"field":"partnerIds","message":"partnerIds: p-beis is not registered"}]}""");
        PageSession officer = PageSession.signIn(client, "officer");

        String refused = officer.post("/activities/new", officer.html("/activities/new"), activity())
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();

        assertThat(refused).contains("href=\"#partnerIds\"", "BEIS is not registered").doesNotContain("p-beis is");
    }

    @Test
    void aCorrectionStartsFromTheActivityAndGoesOnTheVersionSeen() {
        STUB.answer("POST /api/activities/a-1/corrections", 422, """
                {"type":"urn:lis:problem:CORRECTION_CHANGES_NOTHING","title":"Unprocessable Entity","status":422,
                 "detail":"The correction leaves activity a-1 as it is; give what should change"}""");
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/activities/a-1/correction?partner=p-uni");
        assertThat(form).contains("Round table on the draft", "name=\"version\" value=\"3\"",
                "It counts for every programme").containsPattern("value=\"p-beis\"\\s+checked");
        MultiValueMap<String, String> data = activity();
        data.set("summary", "Round table on the draft");
        data.add("version", "3");
        data.add("partner", "p-uni");

        String withoutReason = officer.post("/activities/a-1/correction", form, copy(data)).expectStatus()
                .isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(withoutReason).contains("href=\"#reason\"", "Say why the activity is corrected");

        data.add("reason", "Themes were wrong");
        String unchanged = officer.post("/activities/a-1/correction", form, copy(data)).expectStatus()
                .isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(unchanged).contains("The correction changes nothing", "Themes were wrong");
        ServiceStub.Sent sent = STUB.sent().stream().filter(s -> s.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.ifMatch()).isEqualTo("\"3\"");
        assertThat(sent.body()).contains("\"reason\":\"Themes were wrong\"").doesNotContain("programmeId");

        STUB.answer("POST /api/activities/a-1/corrections", 412, "{\"title\":\"Precondition Failed\",\"status\":412}");
        assertThat(officer.post("/activities/a-1/correction", form, copy(data)).expectStatus().isEqualTo(412)
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("Someone else changed this activity after you opened this page");
    }

    @Test
    void aWithdrawalNeedsAReasonAndGoesBackToThePartner() {
        STUB.answer("POST /api/activities/a-1/withdrawal", 200, "{\"id\":\"a-1\",\"version\":4}");
        PageSession officer = PageSession.signIn(client, "officer");
        String page = officer.html("/activities/a-1/withdrawal?partner=p-uni");
        assertThat(page).contains("Withdraw an activity", "University of Buckingham, BEIS", "Round table on the draft");
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("partner", "p-uni");
        data.add("version", "3");
        data.add("reason", " ");

        assertThat(officer.post("/activities/a-1/withdrawal", page, copy(data)).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("href=\"#reason\"", "Say why the activity is withdrawn");

        STUB.answer("GET /api/partners/p-uni", 200, partner("a-1", "WITHDRAWN"));
        data.set("reason", "Entered twice");
        officer.post("/activities/a-1/withdrawal", page, copy(data)).expectStatus().is3xxRedirection()
                .expectHeader().location("/partners/p-uni");
        ServiceStub.Sent sent = STUB.sent().stream().filter(s -> s.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).isEqualTo("{\"reason\":\"Entered twice\"}");
        assertThat(sent.ifMatch()).isEqualTo("\"3\"");
    }

    @Test
    void aWithdrawnActivityIsSaidSoWhenTheServiceRefuses() {
        STUB.answer("POST /api/activities/a-1/withdrawal", 409, """
                {"type":"urn:lis:problem:ACTIVITY_WITHDRAWN","title":"Conflict","status":409,
                 "detail":"Activity a-1 is withdrawn: it cannot be withdrawn again"}""");
        PageSession officer = PageSession.signIn(client, "officer");
        String page = officer.html("/activities/a-1/withdrawal?partner=p-uni");
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("reason", "Entered twice");

        assertThat(officer.post("/activities/a-1/withdrawal", page, data).expectStatus().isEqualTo(409)
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("This activity has been withdrawn", "value=\"Entered twice\"");
    }

    /** The partner's history: one shared activity (in the state given), one withdrawn, one recorded on the partner. */
    private static String partner(String activityId, String status) {
        return """
                {"id":"p-uni","name":"University of Buckingham","engagementLevel":"ENGAGED","type":"UNIVERSITY",
                 "keyPartner":false,"sectors":[],"themes":[],"district":null,"history":[
                 {"kind":"ACTIVITY","on":"2018-03-01","activityId":"a-3","activityKind":"MEETING","summary":"Recorded on the partner"},
                 {"kind":"ACTIVITY","on":"2018-04-01","activityId":"a-2","activityKind":"CALL","summary":"A call",
                  "with":[],"status":"WITHDRAWN","corrections":[],"withdrawal":{"at":"2018-04-02T09:00:00Z","reason":"Twice"}},
                 {"kind":"ACTIVITY","on":"2018-04-30","activityId":"%s","activityKind":"ROUND_TABLE",
                  "summary":"Round table on the draft","with":[{"partnerId":"p-beis","name":"BEIS"}],
                  "status":"%s","corrections":[]}]}""".formatted(activityId, status);
    }

    private static MultiValueMap<String, String> activity() {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("kind", "ROUND_TABLE");
        data.add("occurredOn-day", "30");
        data.add("occurredOn-month", "4");
        data.add("occurredOn-year", "2018");
        data.add("summary", "Round table with civil servants");
        data.add("programmeId", "");
        data.add("themes", "AI_AND_DATA");
        data.add("partnerIds", "p-uni");
        data.add("partnerIds", "p-beis");
        data.add("from", "p-uni");
        return data;
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> data) {
        return new LinkedMultiValueMap<>(data);
    }
}
