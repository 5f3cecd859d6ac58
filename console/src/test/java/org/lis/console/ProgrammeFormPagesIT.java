package org.lis.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.ServiceCalls;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme form over HTTP: an officer gives a phase in months, a milestone as a week commencing and a
 * convenor; the service stores them as given, the form shows them back, and saving it unchanged changes nothing.
 */
class ProgrammeFormPagesIT extends BucksPages {

    @Test
    void precisionsAndTheConvenorGoToTheServiceAndComeBackUnchanged() {
        PageSession officer = PageSession.signIn(client, "officer");
        String form = officer.html("/programmes/new");
        String convenor = bucks.partners().get("council");
        assertThat(form).contains("A week commencing").contains("value=\"" + convenor + "\"");

        String name = "Loose dates LIS " + UUID.randomUUID().toString().substring(0, 4);
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("name", name);
        data.add("target", "31 12 2018");
        data.add("convenor", convenor);
        data.add("phases[0].code", "P2");
        data.add("phases[0].name", "Stakeholder engagement");
        data.add("phases[0].startsOn", "1 8 2018");
        data.add("phases[0].startsOnPrecision", "MONTH");
        data.add("phases[0].endsOn", "1 9 2018");
        data.add("phases[0].endsOnPrecision", "MONTH");
        data.add("phases[0].milestones[0].name", "Draft LIS vision");
        data.add("phases[0].milestones[0].dueOn", "24 9 2018");
        data.add("phases[0].milestones[0].precision", "WEEK");
        data.add("keyPartners", "yes");
        data.add("minPerTheme", "1");
        data.add("minPerHypothesis", "0");
        String location = officer.post("/programmes/new", form, data).expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonNode programme = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                ServiceCalls.get(services.engagement(), "/api/programmes/" + id, "officer"), p -> p.has("phases"));
        assertThat(programme.path("convenorPartnerId").asText()).isEqualTo(convenor);
        assertThat(programme.path("phases").path(0).path("endsOnPrecision").asText()).isEqualTo("MONTH");
        assertThat(programme.path("phases").path(0).path("milestones").path(0).path("precision").asText())
                .isEqualTo("WEEK");

        String page = officer.html("/programmes/" + id);
        assertThat(page).contains("August to September 2018").contains("w/c 24 September 2018");

        String edit = officer.html("/programmes/" + id + "/edit");
        assertThat(edit).containsPattern("value=\"" + convenor + "\"\\s+selected")
                .containsPattern("value=\"WEEK\"\\s+selected");
        MultiValueMap<String, String> unchanged = new LinkedMultiValueMap<>(data);
        unchanged.remove("_csrf");
        unchanged.add("version", "0");
        officer.post("/programmes/" + id + "/edit", edit, unchanged).expectStatus().is3xxRedirection();
        assertThat(ServiceCalls.get(services.engagement(), "/api/programmes/" + id, "officer").path("version")
                .asLong()).isZero();
    }
}
