package org.lis.console.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.client.WorkshopApi;
import org.lis.console.web.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A programme's workshops by phase, for officers and facilitators, and the officers' form to schedule one. */
@Controller
class ProgrammeWorkshopsPage {

    private final EngagementApi engagement;
    private final WorkshopApi workshops;

    ProgrammeWorkshopsPage(EngagementApi engagement, WorkshopApi workshops) {
        this.engagement = engagement;
        this.workshops = workshops;
    }

    @GetMapping("/programmes/{id}/workshops")
    Mono<String> list(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR"))
                .then(Mono.zip(engagement.programme(id), workshops.workshops(id)))
                .map(both -> {
                    model.addAttribute("programme", both.getT1());
                    model.addAttribute("phases", byPhase(both.getT1(), both.getT2()));
                    return "console/planning/workshops";
                });
    }

    @GetMapping("/programmes/{id}/workshops/new")
    Mono<String> form(@PathVariable String id, Model model) {
        return show(id, WorkshopForm.blank(), Map.of(), model);
    }

    @PostMapping("/programmes/{id}/workshops/new")
    Mono<String> schedule(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData()).map(WorkshopForm::of)
                .flatMap(form -> {
                    Map<String, String> errors = form.errors(true);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(id, form, errors, model);
                    }
                    return workshops.schedule(form.scheduleBody(id))
                            .map(created -> "redirect:/workshops/" + created.get("id") + "/invitations")
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (problem.status() != 400 && problem.status() != 404 && problem.status() != 409) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(id, form, WorkshopForm.refusal(problem), model);
                            });
                });
    }

    private Mono<String> show(String id, WorkshopForm form, Map<String, String> errors, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(engagement.programme(id), workshops.hypotheses(id)))
                .map(both -> {
                    model.addAttribute("programme", both.getT1());
                    model.addAttribute("hypotheses", both.getT2());
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    return "console/planning/schedule";
                });
    }

    /** Each phase of the programme with its workshops in date order; phases without any say so. */
    @SuppressWarnings("unchecked")
    private static Map<Map<String, Object>, List<Map<String, Object>>> byPhase(Map<String, Object> programme,
                                                                             List<Map<String, Object>> all) {
        Map<Map<String, Object>, List<Map<String, Object>>> phases = new LinkedHashMap<>();
        for (Map<String, Object> phase : (List<Map<String, Object>>) programme.getOrDefault("phases", List.of())) {
            phases.put(phase, all.stream().filter(w -> phase.get("code").equals(w.get("phaseCode")))
                    .sorted((a, b) -> String.valueOf(a.get("startsAt")).compareTo(String.valueOf(b.get("startsAt"))))
                    .toList());
        }
        return phases;
    }
}
