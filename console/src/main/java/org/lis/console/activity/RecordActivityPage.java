package org.lis.console.activity;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An officer records one activity with everyone present: a round table with a university and civil servants is
 * recorded once and counts for each. Reached from a partner's page (that partner chosen) or a programme's (that
 * programme chosen); afterwards the officer is back on the partner's page, which shows it with the others present.
 */
@Controller
class RecordActivityPage {

    private final EngagementApi engagement;

    RecordActivityPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/activities/new")
    Mono<String> form(@RequestParam(required = false) String partner, @RequestParam(required = false) String programme,
                      Model model) {
        return officer().then(show(ActivityForm.blank(partner, programme), partner, Map.of(), model));
    }

    @PostMapping("/activities/new")
    Mono<String> record(ServerWebExchange exchange, Model model) {
        return officer().then(exchange.getFormData()).flatMap(data -> {
            ActivityForm form = ActivityForm.of(data);
            String from = data.getFirst("from");
            Map<String, String> errors = form.errors(false);
            if (!errors.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return show(form, from, errors, model);
            }
            // back to the partner the officer came from, if still among those present, else the first of them
            String back = form.partnerIds().contains(from) ? from : form.partnerIds().get(0);
            return engagement.recordActivity(form.recordBody())
                    .flatMap(recorded -> ActivityPartners.followed(engagement, back, String.valueOf(recorded.get("id")),
                            h -> true))
                    .thenReturn(ActivityPartners.redirect(back))
                    .onErrorResume(ServiceProblem.class, problem -> {
                        if (!ActivityRefusal.shown(problem)) {
                            return Mono.error(problem);
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                        return engagement.partners().flatMap(partners -> show(form, from,
                                ActivityRefusal.errors(problem, "summary", names(partners)), model));
                    });
        });
    }

    private Mono<String> show(ActivityForm form, String from, Map<String, String> errors, Model model) {
        return Mono.zip(engagement.partners(), engagement.programmes()).map(both -> {
            List<Map<String, Object>> partners = byName(both.getT1());
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("partners", partners);
            model.addAttribute("programmes", both.getT2());
            model.addAttribute("kinds", ActivityForm.KINDS);
            model.addAttribute("allThemes", ActivityForm.THEMES);
            model.addAttribute("from", partners.stream().filter(p -> p.get("id").equals(from)).findFirst().orElse(null));
            model.addAttribute("programme", both.getT2().stream().filter(p -> p.get("id").equals(form.programmeId()))
                    .findFirst().orElse(null));
            return "console/activities/record";
        });
    }

    static List<Map<String, Object>> byName(List<Map<String, Object>> partners) {
        return partners.stream().sorted(Comparator.comparing(p -> String.valueOf(p.get("name")),
                String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static Map<String, String> names(List<Map<String, Object>> partners) {
        Map<String, String> names = new LinkedHashMap<>();
        partners.forEach(p -> names.put(String.valueOf(p.get("id")), String.valueOf(p.get("name"))));
        return names;
    }

    static Mono<Void> officer() {
        return CurrentPerson.get().map(person -> person.require("OFFICER")).then();
    }
}
