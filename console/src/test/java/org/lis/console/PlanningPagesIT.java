package org.lis.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The officers' workshop pages over HTTP against both real services: who may use them, and every refusal, the
 * console's own and the service's, said in words next to what it concerns, with nothing recorded.
 */
class PlanningPagesIT extends BucksPages {

    @Test
    void facilitatorsSeeTheWorkshopsButOnlyOfficersPlanThemAndTheBoardNeither() {
        String workshops = "/programmes/" + bucks.programmeId() + "/workshops";
        PageSession facilitator = PageSession.signIn(client, "facilitator");
        assertThat(facilitator.html(workshops)).contains("Mobility and engineering workshop")
                .doesNotContain("Schedule a workshop");
        facilitator.get(workshops + "/new").expectStatus().isForbidden();
        facilitator.get("/workshops/" + bucks.workshopId() + "/invitations").expectStatus().isForbidden();
        assertThat(facilitator.html("/workshops/" + bucks.workshopId() + "/attendance-sheet"))
                .contains("Accepted invitations");

        PageSession board = PageSession.signIn(client, "board");
        board.get(workshops).expectStatus().isForbidden();
        assertThat(board.html("/programmes/" + bucks.programmeId())).doesNotContain(">Workshops<");
    }

    @Test
    void aDayOutsideThePhaseIsRefusedByTheServiceAndSaidNextToTheDate() {
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/programmes/" + bucks.programmeId() + "/workshops/new");
        MultiValueMap<String, String> data = workshop("P1", "7", "11", "2018");
        String refused = officer.post("/programmes/" + bucks.programmeId() + "/workshops/new", form, data)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(refused).contains("There is a problem").contains("href=\"#date\"")
                .contains("lies outside phase P1");
    }

    @Test
    void aFormThatCannotBeSentSaysWhichFieldsToPutRight() {
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/programmes/" + bucks.programmeId() + "/workshops/new");
        MultiValueMap<String, String> data = workshop("", "31", "2", "2018");
        data.set("title", " ");
        data.set("startTime", "9am");
        data.set("capacity", "lots");
        String refused = officer.post("/programmes/" + bucks.programmeId() + "/workshops/new", form, data)
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("Enter the workshop&#39;s title").contains("Choose the phase")
                .contains("The date must be a real date").contains("Enter the start time as hours and minutes")
                .contains("Enter the number of places");
    }

    @Test
    void invitingNobodyOrSomeoneAlreadyInvitedSaysSoAndSendsTheRest() {
        PageSession officer = PageSession.signIn(client, "officer");
        String path = "/workshops/" + bucks.workshopId() + "/invitations";
        String page = officer.html(path);

        String nobody = officer.post(path, page, new LinkedMultiValueMap<>()).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(nobody).contains("Choose at least one partner to invite");

        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("partnerIds", bucks.partners().get("silverstone"));
        data.add("partnerIds", bucks.partners().get("westcott"));
        String partly = officer.post(path, officer.html(path), data).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(partly).contains("1 invitation sent").contains("Silverstone Park");
        assertThat(partly.substring(partly.indexOf("id=\"invitations\""))).contains("Westcott Space Cluster");
    }

    @Test
    void cancellingNeedsAReasonAndThenSaysItIsCancelled() {
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/programmes/" + bucks.programmeId() + "/workshops/new");
        String created = officer.post("/programmes/" + bucks.programmeId() + "/workshops/new", form,
                        workshop("P2", "14", "11", "2018"))
                .expectStatus().isSeeOther().expectHeader().value("Location", l -> assertThat(l).endsWith("/invitations"))
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        String cancel = created.replace("/invitations", "/cancel");

        String noReason = officer.post(cancel, officer.html(cancel), new LinkedMultiValueMap<>())
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(noReason).contains("Say why the workshop is cancelled");

        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("reason", "The venue flooded");
        String back = officer.post(cancel, officer.html(cancel), reason).expectStatus().isSeeOther()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
        assertThat(officer.html(back)).contains("Cancelled: The venue flooded").doesNotContain("Send invitations");
    }

    private static MultiValueMap<String, String> workshop(String phase, String day, String month, String year) {
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("title", "Ageing society workshop");
        data.add("phaseCode", phase);
        data.add("date-day", day);
        data.add("date-month", month);
        data.add("date-year", year);
        data.add("startTime", "10:00");
        data.add("endTime", "12:30");
        data.add("venue", "Wycombe");
        data.add("capacity", "25");
        data.add("themes", "AGEING_SOCIETY");
        return data;
    }
}
