package org.lis.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.BucksScenario;
import org.lis.consolehost.ServiceCalls;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages over HTTP against both real services, signed in through the host's form: what each role
 * sees, the figures against the API's, the CSV, refusals in words, and forms carrying the CSRF token.
 */
class ConsolePagesIT extends BucksPages {

    @Test
    void withoutSigningInEveryPageSendsToSignIn() {
        client.get().uri("/programmes/" + bucks.programmeId()).exchange()
                .expectStatus().is3xxRedirection().expectHeader().valueEquals("Location", "/sign-in");
    }

    @Test
    void boardSeesTheProgrammeWithItsTimelineReadinessAndAdoptionLinks() {
        PageSession board = PageSession.signIn(client, "board");
        assertThat(board.html("/programmes")).contains(bucks.programmeName());

        String page = board.html("/programmes/" + bucks.programmeId());
        assertThat(page).contains("Evidence gathering", "1 June 2018 to 31 August 2018",
                BucksScenario.WORKSHOPS_MILESTONE, "31 October 2018", "Not ready", "Key partners engaged",
                "Not adopted yet", "Adopt the strategy", "Audit trail", "action=\"/sign-out\"");
        assertThat(PageSession.csrf(page)).isNotBlank();
    }

    @Test
    void aFacilitatorSeesNeitherAuditNorAdoptionAndIsRefusedThem() {
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String page = facilitator.html("/programmes/" + bucks.programmeId());
        assertThat(page).doesNotContain("href=\"/audit\"").doesNotContain("Adopt the strategy");

        String refused = facilitator.get("/audit").expectStatus().isForbidden().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(refused).contains("You do not have access").doesNotContain("Exception");
    }

    @Test
    void coverageAsOfADateShowsTheApisFigures() {
        PageSession board = PageSession.signIn(client, "board");
        JsonNode api = totals("2018-10-05");

        String page = board.html("/programmes/" + bucks.programmeId()
                + "/coverage?asOf-day=5&asOf-month=10&asOf-year=2018");

        assertThat(api.path("engaged").asInt()).isEqualTo(2);
        assertThat(page).contains("as of 5 October 2018")
                .contains(api.path("engaged").asInt() + " of " + api.path("partners").asInt() + " partners")
                .contains(Math.round(api.path("coverageRatio").asDouble() * 100) + "%")
                .contains("Buckinghamshire Council") // the key partner not engaged, a link
                .contains("/partners/" + bucks.partners().get("council"));
    }

    @Test
    void aMilestoneQuickPickChangesTheFigures() {
        PageSession board = PageSession.signIn(client, "board");
        String page = board.html("/programmes/" + bucks.programmeId() + "/coverage?asOf=2018-10-05");
        assertThat(page).contains("asOf=2018-10-31").contains("asOf=2018-08-31");

        // the register is shared by every programme (and every test class here): count partners as the API does
        int partners = totals("2018-10-31").path("partners").asInt();
        assertThat(board.html("/programmes/" + bucks.programmeId() + "/coverage?asOf=2018-10-31"))
                .contains("as of 31 October 2018").contains("3 of " + partners + " partners");
        assertThat(board.html("/programmes/" + bucks.programmeId() + "/coverage?asOf=2018-08-31"))
                .contains("0 of " + partners + " partners");
    }

    @Test
    void theTrendIsATableWithTheMilestones() {
        String page = PageSession.signIn(client, "board").html("/programmes/" + bucks.programmeId() + "/coverage");
        assertThat(page).contains("id=\"trend\"").contains(BucksScenario.WORKSHOPS_MILESTONE)
                .contains("data-trend=");
    }

    @Test
    void aDateThatIsNotRealIsShownInWords() {
        String page = PageSession.signIn(client, "board").html("/programmes/" + bucks.programmeId()
                + "/coverage?asOf-day=31&asOf-month=2&asOf-year=2018");
        assertThat(page).contains("There is a problem").contains("The date must be a real date");
    }

    @Test
    void partnersFilteredByLevelAndSorted() {
        PageSession board = PageSession.signIn(client, "board");
        String engaged = board.html("/programmes/" + bucks.programmeId() + "/partners?asOf=2018-10-31&level=ENGAGED");
        assertThat(engaged).contains(link("silverstone"), link("westcott"), link("university"))
                .doesNotContain(link("council"));
        String none = board.html("/programmes/" + bucks.programmeId() + "/partners?asOf=2018-10-31&level=NONE");
        assertThat(none).contains(link("council")).doesNotContain(link("silverstone"));

        String byLastEngaged = board.html("/programmes/" + bucks.programmeId()
                + "/partners?asOf=2018-10-31&sort=lastEngagedOn");
        assertThat(byLastEngaged.indexOf(link("westcott"))).isLessThan(byLastEngaged.indexOf(link("silverstone")));
    }

    /** A partner's link on a page of this programme: names alone would match other test classes' partners. */
    private static String link(String partner) {
        return "/partners/" + bucks.partners().get(partner) + "?programme=" + bucks.programmeId();
    }

    @Test
    void theCsvIsTheApisOwn() {
        PageSession board = PageSession.signIn(client, "board");
        String api = ServiceCalls.getCsv(services.engagement(),
                "/api/programmes/" + bucks.programmeId() + "/coverage/partners?asOf=2018-10-05", "board");
        String csv = board.get("/programmes/" + bucks.programmeId() + "/partners.csv?asOf=2018-10-05")
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\".*\\.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).isEqualTo(api).contains("Silverstone Park");
    }

    @Test
    void aPartnersHistoryWithoutAnyonesPersonalData() {
        for (String user : new String[]{"board", "officer"}) {
            PageSession session = PageSession.signIn(client, user);
            assertThat(session.html("/partners/" + bucks.partners().get("silverstone") + "?programme="
                    + bucks.programmeId())).contains("Attended Mobility and engineering workshop", "3 October 2018",
                    "Invited to Mobility and engineering workshop");
            assertThat(session.html("/partners/" + bucks.partners().get("council")))
                    .contains("Added to the partner register")
                    .doesNotContain("Pat Contact").doesNotContain("pat.contact@example.org")
                    .doesNotContain("01234 567890");
        }
    }

    @Test
    void anOfficerIsRefusedTheAdoptionForm() {
        PageSession officer = PageSession.signIn(client, "officer");
        String page = officer.get("/programmes/" + bucks.programmeId() + "/adoption").expectStatus().isForbidden()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("You do not have access");
    }

    @Test
    void adoptionWithoutAReasonWhileACheckFailsShowsTheServicesRefusalByTheField() {
        PageSession board = PageSession.signIn(client, "board");
        String form = board.html("/programmes/" + bucks.programmeId() + "/adoption");
        assertThat(form).contains("Failed").contains("Key partners engaged");

        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("adoptedOn-day", "30");
        data.add("adoptedOn-month", "11");
        data.add("adoptedOn-year", "2018");
        data.add("overrideReason", "");
        String refused = board.post("/programmes/" + bucks.programmeId() + "/adoption", form, data)
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("There is a problem").contains("overrideReason-error")
                .contains("govuk-textarea--error");
        assertThat(ServiceCalls.get(services.engagement(), "/api/programmes/" + bucks.programmeId(), "board")
                .path("adopted").asBoolean()).isFalse();
    }

    @Test
    void anUnknownProgrammeIsAPageInWords() {
        String page = PageSession.signIn(client, "board").get("/programmes/no-such-programme")
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Page not found").doesNotContain("at org.");
    }

    @Test
    void theAuditTrailFiltersByPartnerAndEvent() {
        PageSession board = PageSession.signIn(client, "board");
        String westcott = bucks.partners().get("westcott");
        String page = board.html("/audit?partner=" + westcott);
        assertThat(page).contains("Westcott Space Cluster").contains("Engagement activity recorded");

        String activities = board.html("/audit?partner=" + westcott + "&type=EngagementActivityRecordedEvent");
        assertThat(activities).contains("1 event");
    }

    @Test
    void aPartnersAuditTrailIncludesWhatItsWorkshopsRecorded() {
        PageSession board = PageSession.signIn(client, "board");
        String page = board.html("/audit?partner=" + bucks.partners().get("silverstone"));
        assertThat(page).contains("partner registered: Silverstone Park").contains("invited to workshop")
                .contains("checked in at workshop").contains("3 events");
    }

    @Test
    void theAuditTrailShowsTheNewestFirstAPageAtATime() {
        String partner = ServiceCalls.post(services.engagement(), "/api/partners", "officer", Map.of(
                "name", "Audited Partner " + UUID.randomUUID().toString().substring(0, 4), "type", "BUSINESS",
                "sectors", List.of("space"), "themes", List.of("CLEAN_GROWTH"), "district", "Wycombe",
                "keyPartner", false)).path("id").asText();
        for (int i = 1; i <= 51; i++) {
            ServiceCalls.post(services.engagement(), "/api/partners/" + partner + "/contacts", "officer", Map.of(
                    "name", "Contact " + i, "role", "Role " + i, "email", "c" + i + "@example.org",
                    "phone", "01234 000000", "lawfulBasis", "LEGITIMATE_INTERESTS"));
        }
        // the audit trail is a read model: it follows the writes within moments
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ServiceCalls.get(services.engagement(),
                "/api/audit?size=1&partnerId=" + partner, "board").path("total").asInt() == 52);
        PageSession board = PageSession.signIn(client, "board");

        String newest = board.html("/audit?partner=" + partner);
        assertThat(newest).contains("52 events").contains("role: Role 51").doesNotContain("partner registered:")
                .contains("Older").doesNotContain(">Newer<");
        assertThat(newest.indexOf("role: Role 51")).as("newest first").isLessThan(newest.indexOf("role: Role 3)"));

        String oldest = board.html("/audit?partner=" + partner + "&page=1");
        assertThat(oldest).contains("partner registered: Audited Partner").contains("role: Role 1)").doesNotContain("role: Role 3)")
                .contains("Newer").doesNotContain(">Older<");
    }

    @Test
    void theAuditTrailTakesDatesAsPeopleWriteThem() {
        PageSession board = PageSession.signIn(client, "board");
        String westcott = bucks.partners().get("westcott");
        // everything was recorded today, so nothing by the end of 2018
        assertThat(board.html("/audit?partner=" + westcott + "&to=31 12 2018")).contains("0 events");
        assertThat(board.html("/audit?partner=" + westcott + "&from=1/1/2018")).contains("Westcott Space Cluster");
        assertThat(board.html("/audit?from=someday")).contains("The date must be a real date");
    }

    @Test
    void theEngagementServiceDocumentsTheTrend() {
        JsonNode docs = ServiceCalls.get(services.engagement(), "/v3/api-docs", "board");
        assertThat(docs.path("paths").has("/api/programmes/{programmeId}/coverage/trend")).isTrue();
    }

    @Test
    void theGovukStylesheetFindsItsFontsInTheWebjar() {
        String css = client.get().uri("/console-assets/govuk-frontend.min.css").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(css).contains("url(/webjars/govuk-frontend/5.14.0/dist/govuk/assets/fonts/")
                .doesNotContain("url(/assets/");
        client.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js").exchange().expectStatus().isOk();
    }

    private static JsonNode totals(String asOf) {
        return ServiceCalls.get(services.engagement(), "/api/programmes/" + bucks.programmeId() + "/coverage?asOf="
                + asOf, "board").path("totals");
    }
}
