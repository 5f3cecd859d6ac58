package org.lis.console.activity;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * An officer corrects an activity recorded wrongly: the form starts from the activity as it stands and needs a
 * reason; nothing is edited in place, the correction is recorded with it and each partner's history shows both.
 * The programme is not corrected (the service's rule): the page says to withdraw and record again instead. Sent
 * on the version the officer saw, so a change made meanwhile is said rather than overwritten.
 */
@Controller
class ActivityCorrectionPage {

    private final EngagementApi engagement;

    ActivityCorrectionPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/activities/{id}/correction")
    Mono<String> form(@PathVariable String id, @RequestParam(required = false) String partner, Model model) {
        return RecordActivityPage.officer().then(engagement.activity(id)).flatMap(activity ->
                show(activity, ActivityForm.from(activity), ActivityPartners.back(activity, partner),
                        String.valueOf(activity.get("version")), Map.of(), model));
    }

    @PostMapping("/activities/{id}/correction")
    Mono<String> correct(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return RecordActivityPage.officer().then(Mono.zip(exchange.getFormData(), engagement.activity(id)))
                .flatMap(both -> {
                    ActivityForm form = ActivityForm.of(both.getT1());
                    Map<String, Object> activity = both.getT2();
                    String back = ActivityPartners.back(activity, both.getT1().getFirst("partner"));
                    String version = both.getT1().getFirst("version");
                    Map<String, String> errors = form.errors(true);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(activity, form, back, version, errors, model);
                    }
                    int corrections = ActivityPartners.corrections(activity) + 1;
                    return engagement.correctActivity(id, form.correctionBody(), ActivityPartners.version(version))
                            .then(ActivityPartners.followed(engagement, back, id,
                                    h -> h.get("corrections") instanceof List<?> c && c.size() >= corrections))
                            .thenReturn(ActivityPartners.redirect(back))
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (!ActivityRefusal.shown(problem)) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return engagement.partners().flatMap(partners -> show(activity, form, back, version,
                                        ActivityRefusal.errors(problem, "reason", RecordActivityPage.names(partners)),
                                        model));
                            });
                });
    }

    private Mono<String> show(Map<String, Object> activity, ActivityForm form, String back, String version,
                              Map<String, String> errors, Model model) {
        Object programmeId = activity.get("programmeId");
        Mono<String> programme = programmeId == null ? Mono.just("")
                : engagement.programme(programmeId.toString()).map(p -> String.valueOf(p.get("name")));
        return Mono.zip(engagement.partners(), programme).map(both -> {
            model.addAttribute("activity", activity);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("partners", RecordActivityPage.byName(both.getT1()));
            model.addAttribute("programmeName", both.getT2());
            model.addAttribute("back", back);
            model.addAttribute("backName", RecordActivityPage.names(both.getT1()).getOrDefault(back, "the partner"));
            model.addAttribute("version", version);
            model.addAttribute("kinds", ActivityForm.KINDS);
            model.addAttribute("allThemes", ActivityForm.THEMES);
            return "console/activities/correct";
        });
    }
}
