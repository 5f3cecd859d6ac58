package org.lis.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.RoomScenario;
import org.lis.consolehost.ServiceCalls;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitators' pages over HTTP against both real services: who may use them, today's workshops, the
 * check-in list and its search, check-in, no-shows and walk-ins as forms with the CSRF token, feedback and its
 * corrections, the room screen as first rendered, and every refusal in words with nothing recorded.
 */
class FacilitatorPagesIT extends ConsolePages {

    private static final Pattern ROW = Pattern.compile("<li class=\"console-checkin__row[^\"]*\"[^>]*>.*?</li>",
            Pattern.DOTALL);

    private static RoomScenario shared;

    @BeforeAll
    static void loadScenario() {
        shared = RoomScenario.load(services);
    }

    @Test
    void theBoardIsRefusedEveryFacilitatorPageAndSeesNoLinkToThem() {
        PageSession board = PageSession.signIn(client, "board");
        for (String page : List.of("/workshops/today", room(shared), "/workshops/" + shared.todayId() + "/feedback",
                "/workshops/" + shared.todayId() + "/screen",
                "/workshops/" + shared.todayId() + "/hypotheses/" + shared.hypotheses().get("ai") + "/feedback")) {
            assertThat(board.get(page).expectStatus().isForbidden().expectBody(String.class).returnResult()
                    .getResponseBody()).as(page).contains("You do not have access").doesNotContain("Exception");
        }
        assertThat(board.html("/programmes")).doesNotContain("href=\"/workshops/today\"");
    }

    @Test
    void facilitatorsAndOfficersSeeTodaysWorkshopsThenTheNextOnes() {
        for (String user : List.of("facilitator", "officer")) {
            String page = PageSession.signIn(client, user).html("/workshops/today");
            assertThat(page).as(user).contains("href=\"/workshops/today\"", "Today’s workshops",
                    "href=\"/workshops/" + shared.todayId() + "/room\"", shared.titled("Vale Local Industrial Strategy"));
            assertThat(page.indexOf(shared.todayTitle())).isPositive()
                    .isLessThan(page.indexOf("Coming up")).isLessThan(page.indexOf(shared.tomorrowTitle()));
            assertThat(page).contains(shared.titled("Ageing society round table")).contains("Cancelled");
        }
    }

    @Test
    void theCheckInListShowsEachInvitedPartnerWithTheirAnswer() {
        String page = PageSession.signIn(client, "facilitator").html(room(shared));
        assertThat(page).contains(shared.name("silverstone"), shared.name("university"), shared.name("pinewood"),
                        shared.name("westcott"), "Accepted", "Tentative", "Declined", "No answer yet",
                        "4 partners on the list", "0 checked in", "4 invited")
                .doesNotContain(shared.name("council"));
        assertThat(count(page, "id=\"check-in-")).isEqualTo(4);
        assertThat(count(page, "id=\"no-show-")).as("the workshop has started").isEqualTo(4);
        assertThat(PageSession.csrf(page)).isNotBlank();
        assertThat(page).contains("<script src=\"/console-assets/check-in-filter.js\" defer></script>");
    }

    @Test
    void searchingTheListWorksWithoutJavaScript() {
        String page = PageSession.signIn(client, "facilitator").html(room(shared) + "?q=silverSTONE  park");
        assertThat(page).contains("Showing 1 of 4 partners");
        assertThat(opening(rowOf(page, shared.partner("silverstone")))).doesNotContain("hidden");
        assertThat(opening(rowOf(page, shared.partner("westcott")))).contains("hidden");

        String none = PageSession.signIn(client, "facilitator").html(room(shared) + "?q=nobody");
        assertThat(none).contains("Showing 0 of 4 partners").contains("No partner on the list has a name with ‘nobody’");
    }

    @Test
    void aFacilitatorChecksAPartnerInAndTheRoomShowsItAtOnce() {
        RoomScenario day = RoomScenario.load(services);
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String page = facilitator.html(room(day) + "?q=silver");

        String next = redirect(facilitator.post(room(day) + "/check-ins", page, form("partnerId",
                day.partner("silverstone"), "q", "silver")));
        assertThat(next).startsWith(room(day) + "?q=silver&done=checked-in");
        String after = facilitator.html(next);
        assertThat(after).contains(day.name("silverstone") + " is checked in", "1 checked in")
                .containsPattern("Checked in \\d{1,2}:\\d{2}[ap]m");
        assertThat(opening(rowOf(after, day.partner("silverstone")))).doesNotContain("hidden");
        assertThat(after).doesNotContain("id=\"check-in-" + day.partner("silverstone") + "\"");
        assertThat(attendance(day.todayId())).hasSize(1);
    }

    @Test
    void checkingInTwiceIsRefusedInWordsBesideThePartner() {
        RoomScenario day = RoomScenario.load(services);
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String page = facilitator.html(room(day));
        redirect(facilitator.post(room(day) + "/check-ins", page, form("partnerId", day.partner("university"))));

        String refused = facilitator.post(room(day) + "/check-ins", page, form("partnerId", day.partner("university")))
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("There is a problem", "href=\"#row-" + day.partner("university") + "\"",
                day.name("university") + " is already checked in", "console-checkin__row--error")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(attendance(day.todayId())).hasSize(1);
    }

    @Test
    void aCancelledWorkshopTakesNoCheckInAndSaysSo() {
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String page = facilitator.html("/workshops/" + shared.cancelledId() + "/room");
        assertThat(page).contains("This workshop is cancelled: The venue flooded").doesNotContain("id=\"check-in-")
                .doesNotContain("Find a registered partner");

        String refused = facilitator.post("/workshops/" + shared.cancelledId() + "/room/check-ins", page,
                        form("partnerId", shared.partner("silverstone")))
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("This workshop is cancelled: it takes no attendance or feedback");
        assertThat(attendance(shared.cancelledId())).isEmpty();
    }

    @Test
    void noShowsAreMarkedOnlyOnceTheWorkshopHasStarted() {
        RoomScenario day = RoomScenario.load(services);
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String tomorrow = facilitator.html("/workshops/" + day.tomorrowId() + "/room");
        assertThat(tomorrow).contains("id=\"check-in-").doesNotContain("id=\"no-show-")
                .contains("can be marked as no-shows once the workshop has started");
        String early = facilitator.post("/workshops/" + day.tomorrowId() + "/room/no-shows", tomorrow,
                        form("partnerId", day.partner("silverstone")))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(early).contains("The workshop has not started yet");
        assertThat(workshop(day.tomorrowId()).path("noShows")).isEmpty();

        String page = facilitator.html(room(day));
        String after = facilitator.html(redirect(facilitator.post(room(day) + "/no-shows", page,
                form("partnerId", day.partner("westcott")))));
        assertThat(after).contains(day.name("westcott") + " is marked as a no-show", "1 no-show");
        assertThat(rowOf(after, day.partner("westcott"))).contains("No-show");
        assertThat(after).as("a no-show who turns up late can still check in")
                .contains("id=\"check-in-" + day.partner("westcott") + "\"")
                .doesNotContain("id=\"no-show-" + day.partner("westcott") + "\"");
    }

    @Test
    void aWalkInIsFoundInTheRegisterAndCheckedIn() {
        RoomScenario day = RoomScenario.load(services);
        PageSession officer = PageSession.signIn(client, "officer");
        String found = officer.html(room(day) + "?find=aylesbury vale COUNCIL " + day.suffix());
        assertThat(found).contains("id=\"walk-in-" + day.partner("council") + "\"");
        assertThat(officer.html(room(day) + "?find=" + day.suffix())).as("the invited are on the list already")
                .doesNotContain("id=\"walk-in-" + day.partner("silverstone") + "\"");

        String after = officer.html(redirect(officer.post(room(day) + "/walk-ins", found,
                form("partnerId", day.partner("council"), "find", "aylesbury"))));
        assertThat(after).contains(day.name("council") + " is checked in as a walk-in", "(1 walk-in)");
        assertThat(rowOf(after, day.partner("council"))).isNotEmpty();
        assertThat(attendance(day.todayId()).get(0).path("walkIn").asBoolean()).isTrue();
    }

    @Test
    void onlyARegisteredPartnerCanWalkIn() {
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String page = facilitator.html(room(shared) + "?find=" + shared.suffix());
        String refused = facilitator.post(room(shared) + "/walk-ins", page, form("partnerId", "not-a-partner"))
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("The register has no such partner", "href=\"#find\"");

        String empty = facilitator.post(room(shared) + "/walk-ins", page, form("partnerId", " "))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(empty).contains("Choose a partner");
        assertThat(attendance(shared.todayId())).isEmpty();
    }

    @Test
    void feedbackFromAPartnerInTheRoomIsTalliedAtOnce() {
        RoomScenario day = RoomScenario.load(services);
        checkIn(day, "silverstone");
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String form = facilitator.html(feedbackForm(day, "ai"));
        assertThat(form).contains(day.titled("AI research centre"), "<optgroup label=\"Checked in\">",
                "Written submission (not checked in)", "name=\"stance\"", "value=\"CONDITIONAL\"",
                "name=\"confidence\"", "value=\"5\"", "Record feedback");
        assertThat(form.indexOf(day.name("silverstone"))).isLessThan(form.indexOf("Written submission"));

        String next = redirect(facilitator.post(feedbackForm(day, "ai"), form, form("partnerId",
                day.partner("silverstone"), "stance", "SUPPORT", "confidence", "4",
                "comment", "Needs the rail link first")));
        assertThat(next).startsWith(feedbackForm(day, "ai") + "?recorded=");
        String again = facilitator.html(next);
        assertThat(again).contains("Feedback from " + day.name("silverstone") + " is recorded")
                .doesNotContain("<option value=\"" + day.partner("silverstone") + "\"");

        String overview = facilitator.html("/workshops/" + day.todayId() + "/feedback");
        assertThat(overview).contains("Needs the rail link first", "confidence 4 of 5", "1 partner gave feedback");
        assertThat(overview).containsPattern("data-stance=\"SUPPORT\">1<");
        JsonNode feedback = workshop(day.todayId()).path("feedback").get(0);
        assertThat(feedback.path("stance").asText()).isEqualTo("SUPPORT");
        assertThat(feedback.path("writtenSubmission").asBoolean()).isFalse();
    }

    @Test
    void feedbackWithoutAStanceOrWithAConfidenceOutOfRangeIsRefusedBesideItsFields() {
        RoomScenario day = RoomScenario.load(services);
        checkIn(day, "silverstone");
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String form = facilitator.html(feedbackForm(day, "ai"));
        String refused = facilitator.post(feedbackForm(day, "ai"), form, form("partnerId",
                        day.partner("silverstone"), "confidence", "9", "comment", "Kept when refused"))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("There is a problem", "href=\"#stance\"", "href=\"#confidence\"",
                "Choose whether the partner supports", "Choose how confident the partner is, from 1 to 5",
                "Kept when refused");
        assertThat(workshop(day.todayId()).path("feedback")).isEmpty();
    }

    @Test
    void aPartnerNotInTheRoomGivesAWrittenSubmissionAndCannotGiveItTwice() {
        RoomScenario day = RoomScenario.load(services);
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        String form = facilitator.html(feedbackForm(day, "airport"));
        MultiValueMap<String, String> opposes = form("partnerId", day.partner("westcott"), "stance", "OPPOSE",
                "confidence", "2");
        redirect(facilitator.post(feedbackForm(day, "airport"), form, opposes));
        assertThat(workshop(day.todayId()).path("feedback").get(0).path("writtenSubmission").asBoolean()).isTrue();

        String twice = facilitator.post(feedbackForm(day, "airport"), form, form("partnerId",
                        day.partner("westcott"), "stance", "SUPPORT", "confidence", "2"))
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody();
        assertThat(twice).contains(day.name("westcott") + " has already given feedback on this hypothesis: correct"
                + " it instead", "href=\"#partnerId\"");
        assertThat(workshop(day.todayId()).path("feedback")).hasSize(1);
    }

    @Test
    void anOfficerMayNotLogFeedbackButMayCorrectIt() {
        RoomScenario day = RoomScenario.load(services);
        checkIn(day, "silverstone");
        String feedbackId = feedback(day, "silverstone", "ai", "NEUTRAL", 3);
        PageSession officer = PageSession.signIn(client, "officer");
        officer.get(feedbackForm(day, "ai")).expectStatus().isForbidden();
        String overview = officer.html("/workshops/" + day.todayId() + "/feedback");
        assertThat(overview).doesNotContain("Log feedback").contains("/feedback/" + feedbackId + "/correction");

        String correction = officer.html("/workshops/" + day.todayId() + "/feedback/" + feedbackId + "/correction");
        assertThat(correction).contains("Correct the feedback from " + day.name("silverstone"))
                .containsPattern("value=\"NEUTRAL\"\\s+checked");
        String noReason = officer.post("/workshops/" + day.todayId() + "/feedback/" + feedbackId + "/correction",
                        correction, form("stance", "CONDITIONAL", "confidence", "5", "reason", "  "))
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(noReason).contains("href=\"#reason\"", "Enter why the feedback is corrected");
        assertThat(workshop(day.todayId()).path("feedback").get(0).path("stance").asText()).isEqualTo("NEUTRAL");

        String next = redirect(officer.post("/workshops/" + day.todayId() + "/feedback/" + feedbackId
                + "/correction", correction, form("stance", "CONDITIONAL", "confidence", "5", "comment",
                "If the council funds the rail link", "reason", "Noted as neutral by mistake")));
        String after = officer.html(next);
        assertThat(after).contains("The feedback from " + day.name("silverstone") + " is corrected",
                "Support on conditions", "Noted as neutral by mistake", "If the council funds the rail link");
        assertThat(workshop(day.todayId()).path("feedback").get(0).path("stance").asText()).isEqualTo("CONDITIONAL");
    }

    @Test
    void theRoomScreenShowsTheCountAndTheTallyAndNamesItsLiveStream() {
        RoomScenario day = RoomScenario.load(services);
        checkIn(day, "silverstone");
        checkIn(day, "university");
        feedback(day, "silverstone", "ai", "SUPPORT", 5);
        feedback(day, "university", "ai", "OPPOSE", 2);
        String screen = PageSession.signIn(client, "facilitator").html("/workshops/" + day.todayId() + "/screen");
        assertThat(screen).contains("id=\"attendance-count\">2<", "data-live=\"/api/workshops/" + day.todayId()
                        + "/live\"", "<script src=\"/console-assets/room-screen.js\" defer></script>",
                "role=\"status\"")
                .containsPattern("data-stance=\"SUPPORT\">1<").containsPattern("data-stance=\"OPPOSE\">1<");
        assertThat(screen).as("no inline script: the pages may get a content security policy")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        client.get().uri("/console-assets/room-screen.js").exchange().expectStatus().isOk();
        client.get().uri("/console-assets/room-screen.css").exchange().expectStatus().isOk();
    }

    @Test
    void anUnknownWorkshopOrAHypothesisNotTabledThereIsAPageInWords() {
        String page = PageSession.signIn(client, "facilitator").get("/workshops/no-such-workshop/room")
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Page not found").doesNotContain("at org.");
        String untabled = PageSession.signIn(client, "facilitator").get("/workshops/" + shared.tomorrowId()
                        + "/hypotheses/" + shared.hypotheses().get("airport") + "/feedback")
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(untabled).contains("This hypothesis is not tabled at this workshop");
    }

    private static String room(RoomScenario day) {
        return "/workshops/" + day.todayId() + "/room";
    }

    private static String feedbackForm(RoomScenario day, String hypothesis) {
        return "/workshops/" + day.todayId() + "/hypotheses/" + day.hypotheses().get(hypothesis) + "/feedback";
    }

    /** Checks a partner in through the API and waits for the workshop's views to show it, as a page would. */
    private static void checkIn(RoomScenario day, String partner) {
        long version = ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/attendance",
                "facilitator", Map.of("partnerId", day.partner(partner), "walkIn", false)).path("version").asLong();
        awaitVersion(day.todayId(), version);
    }

    private static String feedback(RoomScenario day, String partner, String hypothesis, String stance, int confidence) {
        JsonNode answer = ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/feedback",
                "facilitator", Map.of("hypothesisId", day.hypotheses().get(hypothesis), "partnerId",
                        day.partner(partner), "stance", stance, "confidence", confidence, "comment", ""));
        awaitVersion(day.todayId(), answer.path("version").asLong());
        return answer.path("id").asText();
    }

    private static void awaitVersion(String workshopId, long version) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> workshop(workshopId).path("version").asLong() >= version);
    }

    private static JsonNode workshop(String id) {
        return ServiceCalls.get(services.workshop(), "/api/workshops/" + id, "facilitator");
    }

    private static List<JsonNode> attendance(String workshopId) {
        List<JsonNode> items = new ArrayList<>();
        workshop(workshopId).path("attendance").forEach(items::add);
        return items;
    }

    private static String redirect(WebTestClient.ResponseSpec response) {
        URI location = response.expectStatus().is3xxRedirection().expectBody().returnResult().getResponseHeaders()
                .getLocation();
        assertThat(location).isNotNull();
        return location.toString();
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }

    /** A partner's row on the check-in list, or empty when it is not listed. */
    private static String rowOf(String page, String partnerId) {
        Matcher rows = ROW.matcher(page);
        while (rows.find()) {
            if (rows.group().contains("id=\"row-" + partnerId + "\"")) {
                return rows.group();
            }
        }
        return "";
    }

    private static String opening(String row) {
        return row.substring(0, row.indexOf('>') + 1);
    }

    private static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }
}
