package org.lis.console.programme;

import org.lis.console.client.EngagementApi;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Follow;
import org.lis.console.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

/** The programmes, and one programme: its timeline, consultation windows, readiness and adoption. */
@Controller
class ProgrammePages {

    private final EngagementApi engagement;

    ProgrammePages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping({"/", "/programmes"})
    Mono<String> programmes(Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(engagement.programmes())
                .map(list -> {
                    model.addAttribute("programmes", list);
                    return "console/programmes";
                });
    }

    /** After a revision ({@code version}) the page waits briefly for the programme to show it. */
    @GetMapping("/programmes/{id}")
    Mono<String> programme(@PathVariable String id, @RequestParam(required = false) Long version, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(Mono.zip(Follow.until(() -> engagement.programme(id), p -> version == null
                        || ((Number) p.getOrDefault("version", 0)).longValue() >= version), engagement.readiness(id),
                        engagement.consultations(id)))
                .map(both -> {
                    model.addAttribute("programme", both.getT1());
                    model.addAttribute("readiness", both.getT2());
                    model.addAttribute("consultations", both.getT3());
                    model.addAttribute("timeline", Timeline.of(both.getT1(), LocalDate.now(Formats.LONDON)));
                    return "console/programme";
                });
    }
}
