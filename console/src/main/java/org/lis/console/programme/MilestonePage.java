package org.lis.console.programme;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One milestone, where an officer marks it delivered or records a slip. The service decides; a refusal is shown
 * beside the form it concerns, and what was typed stays.
 */
@Controller
class MilestonePage {

    private static final String DELIVERED_ON = "deliveredOn";
    private static final String NEW_DUE_ON = "newDueOn";

    private final EngagementApi engagement;

    MilestonePage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/programmes/{id}/milestones/{milestoneId}")
    Mono<String> milestone(@PathVariable String id, @PathVariable String milestoneId, Model model) {
        MilestoneForm blank = MilestoneForm.blank(LocalDate.now(Formats.LONDON));
        return show(id, milestoneId, blank, blank, Map.of(), model);
    }

    @PostMapping("/programmes/{id}/milestones/{milestoneId}/delivered")
    Mono<String> delivered(@PathVariable String id, @PathVariable String milestoneId, ServerWebExchange exchange,
                           Model model) {
        return exchange.getFormData().map(data -> MilestoneForm.of(data, DELIVERED_ON)).flatMap(form -> send(id,
                milestoneId, form, DELIVERED_ON, "The delivery date must be a real date", exchange, model,
                f -> engagement.milestoneDelivered(id, milestoneId, f.delivery())));
    }

    @PostMapping("/programmes/{id}/milestones/{milestoneId}/slipped")
    Mono<String> slipped(@PathVariable String id, @PathVariable String milestoneId, ServerWebExchange exchange,
                         Model model) {
        return exchange.getFormData().map(data -> MilestoneForm.of(data, NEW_DUE_ON)).flatMap(form -> send(id,
                milestoneId, form, NEW_DUE_ON, "The new due date must be a real date", exchange, model,
                f -> engagement.milestoneSlipped(id, milestoneId, f.slip())));
    }

    private Mono<String> send(String id, String milestoneId, MilestoneForm form, String dateField, String badDate,
                              ServerWebExchange exchange, Model model,
                              Function<MilestoneForm, Mono<Map<String, Object>>> call) {
        MilestoneForm blank = MilestoneForm.blank(LocalDate.now(Formats.LONDON));
        MilestoneForm delivery = dateField.equals(DELIVERED_ON) ? form : blank;
        MilestoneForm slip = dateField.equals(NEW_DUE_ON) ? form : blank;
        return CurrentPerson.get().map(person -> person.require("OFFICER")).then(Mono.defer(() -> {
            Map<String, String> errors = new LinkedHashMap<>();
            if (form.date() == null) {
                errors.put(dateField, badDate);
            }
            if (dateField.equals(NEW_DUE_ON) && (form.reason() == null || form.reason().isBlank())) {
                errors.put("reason", "Say why the milestone slipped");
            }
            if (!errors.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return show(id, milestoneId, delivery, slip, errors, model);
            }
            return call.apply(form)
                    .map(done -> "redirect:/programmes/" + id + "?version=" + done.get("version"))
                    .onErrorResume(ServiceProblem.class, problem -> {
                        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
                            return Mono.error(problem);
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                        return show(id, milestoneId, delivery, slip, errors(problem, dateField), model);
                    });
        }));
    }

    /** Field errors where the service named a field of the form; anything else belongs to its date. */
    private static Map<String, String> errors(ServiceProblem problem, String dateField) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(e.field().equals("reason") ? "reason" : dateField,
                e.message()));
        if (errors.isEmpty()) {
            errors.put(dateField, problem.words());
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private Mono<String> show(String id, String milestoneId, MilestoneForm delivery, MilestoneForm slip,
                              Map<String, String> errors, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(engagement.programme(id))
                .map(programme -> {
                    Map<String, Object> found = null;
                    Map<String, Object> inPhase = null;
                    for (Map<String, Object> phase : (List<Map<String, Object>>) programme.getOrDefault("phases",
                            List.of())) {
                        for (Map<String, Object> m : (List<Map<String, Object>>) phase.getOrDefault("milestones",
                                List.of())) {
                            if (milestoneId.equals(m.get("milestoneId"))) {
                                found = m;
                                inPhase = phase;
                            }
                        }
                    }
                    if (found == null) {
                        throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND,
                                "No such milestone");
                    }
                    model.addAttribute("programme", programme);
                    model.addAttribute("phase", inPhase);
                    model.addAttribute("milestone", found);
                    model.addAttribute("delivery", delivery);
                    model.addAttribute("slip", slip);
                    model.addAttribute("errors", errors);
                    return "console/milestone";
                });
    }
}
