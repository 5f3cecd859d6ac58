package org.lis.console.planning;

import java.util.List;
import java.util.Map;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.client.WorkshopApi;
import org.lis.console.web.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What an officer changes on a scheduled workshop: its day and times, a cancellation, a tabled hypothesis. */
@Controller
class WorkshopChangesPages {

    private final EngagementApi engagement;
    private final WorkshopApi workshops;

    WorkshopChangesPages(EngagementApi engagement, WorkshopApi workshops) {
        this.engagement = engagement;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/reschedule")
    Mono<String> rescheduleForm(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(workshops.workshop(id))
                .flatMap(workshop -> show("reschedule", workshop, WorkshopForm.of(workshop), Map.of(), model));
    }

    @PostMapping("/workshops/{id}/reschedule")
    Mono<String> reschedule(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return change(id, exchange, model, "reschedule", (form, data) -> {
            Map<String, String> errors = form.errors(false);
            return errors.isEmpty() ? null : errors;
        }, (form, data) -> workshops.reschedule(id, form.rescheduleBody()));
    }

    @GetMapping("/workshops/{id}/cancel")
    Mono<String> cancelForm(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(workshops.workshop(id))
                .flatMap(workshop -> show("cancel", workshop, WorkshopForm.of(workshop), Map.of(), model));
    }

    @PostMapping("/workshops/{id}/cancel")
    Mono<String> cancel(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return change(id, exchange, model, "cancel",
                (form, data) -> reason(data).isBlank() ? Map.of("reason", "Say why the workshop is cancelled") : null,
                (form, data) -> workshops.cancel(id, reason(data)));
    }

    @PostMapping("/workshops/{id}/hypotheses")
    Mono<String> table(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData())
                .flatMap(data -> {
                    String hypothesis = data.getFirst("hypothesisId");
                    if (hypothesis == null || hypothesis.isBlank()) {
                        return Mono.just("redirect:/workshops/" + id + "/invitations");
                    }
                    return workshops.table(id, hypothesis)
                            .map(done -> "redirect:/workshops/" + id + "/invitations?version=" + done.get("version"));
                });
    }

    @GetMapping("/workshops/{id}/attendance-sheet")
    Mono<String> attendanceSheet(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR"))
                .then(workshops.workshop(id))
                .flatMap(workshop -> engagement.partners().map(partners -> {
                    model.addAttribute("workshop", workshop);
                    model.addAttribute("names", Names.of(partners));
                    return "console/planning/attendance-sheet";
                }));
    }

    private interface Check {
        Map<String, String> errors(WorkshopForm form, MultiValueMap<String, String> data);
    }

    private interface Command {
        Mono<Map<String, Object>> send(WorkshopForm form, MultiValueMap<String, String> data);
    }

    /** The form checked, the command sent, back to the workshop's page; refusals shown next to their fields. */
    private Mono<String> change(String id, ServerWebExchange exchange, Model model, String page, Check check,
                                Command command) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), workshops.workshop(id)))
                .flatMap(both -> {
                    MultiValueMap<String, String> data = both.getT1();
                    WorkshopForm form = WorkshopForm.of(data);
                    model.addAttribute("reason", reason(data));
                    Map<String, String> errors = check.errors(form, data);
                    if (errors != null) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(page, both.getT2(), form, errors, model);
                    }
                    return command.send(form, data)
                            .map(done -> "redirect:/workshops/" + id + "/invitations?version=" + done.get("version"))
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (problem.status() != 400 && problem.status() != 409) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(page, both.getT2(), form, WorkshopForm.refusal(problem), model);
                            });
                });
    }

    private Mono<String> show(String page, Map<String, Object> workshop, WorkshopForm form,
                              Map<String, String> errors, Model model) {
        return engagement.programme((String) workshop.get("programmeId")).map(programme -> {
            model.addAttribute("programme", programme);
            model.addAttribute("workshop", workshop);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.asMap().putIfAbsent("reason", "");
            return "console/planning/" + page;
        });
    }

    private static String reason(MultiValueMap<String, String> data) {
        String reason = data.getFirst("reason");
        return reason == null ? "" : reason.strip();
    }

    /** Partners' names by id, for lists that hold only ids. */
    static final class Names {
        private Names() {
        }

        static Map<String, String> of(List<Map<String, Object>> partners) {
            return partners.stream().collect(java.util.stream.Collectors.toMap(p -> (String) p.get("id"),
                    p -> (String) p.get("name"), (a, b) -> a));
        }
    }
}
