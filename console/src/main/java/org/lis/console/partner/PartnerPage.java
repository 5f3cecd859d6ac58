package org.lis.console.partner;

import org.lis.console.client.EngagementApi;
import org.lis.console.web.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One partner: classification and engagement history as a timeline, newest first. Contacts are never shown:
 * the board has no need of anyone's personal data.
 */
@Controller
class PartnerPage {

    private final EngagementApi engagement;

    PartnerPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/partners/{id}")
    @SuppressWarnings("unchecked")
    Mono<String> partner(@PathVariable String id, @RequestParam(required = false) String programme, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(engagement.partner(id))
                .flatMap(partner -> engagement.groups(id).doOnNext(groups -> model.addAttribute("groups", groups))
                        .thenReturn(partner))
                .flatMap(partner -> {
                    List<Map<String, Object>> history = new ArrayList<>(
                            (List<Map<String, Object>>) partner.getOrDefault("history", List.of()));
                    if (programme != null) {
                        // the programme's own entries and what counts for every programme (activities without one)
                        history.removeIf(h -> h.get("programmeId") != null && !programme.equals(h.get("programmeId")));
                    }
                    Collections.reverse(history);
                    model.addAttribute("partner", partner);
                    model.addAttribute("history", history);
                    if (programme == null) {
                        return Mono.just("console/partner");
                    }
                    return engagement.programme(programme).doOnNext(p -> model.addAttribute("programme", p))
                            .thenReturn("console/partner");
                });
    }
}
