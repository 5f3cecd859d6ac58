package org.lis.console.programme;

import java.util.Map;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
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

/** Officers define a programme, and revise its phases and milestones until the board adopts it. */
@Controller
class ProgrammeFormPages {

    private final EngagementApi engagement;

    ProgrammeFormPages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/programmes/new")
    Mono<String> newProgramme(Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(form(null, ProgrammeForm.blank(), Map.of(), model));
    }

    @PostMapping("/programmes/new")
    Mono<String> define(ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData())
                .flatMap(data -> submitted(null, data, exchange, model, form -> engagement.defineProgramme(form.body())
                        .map(created -> "redirect:/programmes/" + created.get("id"))));
    }

    @GetMapping("/programmes/{id}/edit")
    Mono<String> edit(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.programme(id))
                .flatMap(programme -> Boolean.TRUE.equals(programme.get("adopted"))
                        ? Mono.just("redirect:/programmes/" + id)
                        : form(programme, ProgrammeForm.of(programme), Map.of(), model));
    }

    @PostMapping("/programmes/{id}/edit")
    Mono<String> revise(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), engagement.programme(id)))
                .flatMap(both -> submitted(both.getT2(), both.getT1(), exchange, model,
                        form -> engagement.reviseProgramme(id, form.body(), form.expectedVersion())
                                .map(done -> "redirect:/programmes/" + id + "?version=" + done.get("version"))));
    }

    private interface Send {
        Mono<String> to(ProgrammeForm form);
    }

    /** Another blank phase asked for, or the form checked and sent; refusals shown beside their fields. */
    private Mono<String> submitted(Map<String, Object> programme, MultiValueMap<String, String> data,
                                   ServerWebExchange exchange, Model model, Send send) {
        ProgrammeForm form = ProgrammeForm.of(data);
        if (data.containsKey("addPhase")) {
            long blank = form.phases().stream().filter(ProgrammeForm.PhaseRow::blank).count();
            return form(programme, form.withBlankRows((int) blank + 1), Map.of(), model);
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return form(programme, form.withBlankRows(0), errors, model);
        }
        return send.to(form).onErrorResume(ServiceProblem.class, problem -> {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 412) {
                return Mono.error(problem);
            }
            exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
            return form(programme, form.withBlankRows(0), ProgrammeForm.refusal(problem), model);
        });
    }

    /** The form, with the partners an officer can choose the convenor from. */
    private Mono<String> form(Map<String, Object> programme, ProgrammeForm form, Map<String, String> errors,
                              Model model) {
        return engagement.partners().map(partners -> {
            model.addAttribute("programme", programme);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("partners", partners);
            model.addAttribute("precisions", ProgrammeForm.PRECISIONS);
            return "console/programme-form";
        });
    }
}
