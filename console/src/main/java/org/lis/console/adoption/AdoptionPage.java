package org.lis.console.adoption;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Follow;
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
import java.util.Map;

/**
 * The board's adoption of a programme's strategy: the readiness results, the date, and a reason when a check
 * fails. The service decides; its refusal is shown next to the field it concerns.
 */
@Controller
class AdoptionPage {

    private final EngagementApi engagement;

    AdoptionPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/programmes/{id}/adoption")
    Mono<String> form(@PathVariable String id, Model model) {
        return show(id, AdoptionForm.today(LocalDate.now(Formats.LONDON)), Map.of(), model);
    }

    @PostMapping("/programmes/{id}/adoption")
    Mono<String> adopt(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("BOARD"))
                .then(exchange.getFormData()).map(AdoptionForm::of)
                .flatMap(form -> {
                    if (form.adoptedOn() == null) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(id, form, Map.of("adoptedOn", "The adoption date must be a real date"), model);
                    }
                    return engagement.adopt(id, form.adoptedOn(), form.overrideReason())
                            .then(adoptionVisible(id))
                            .thenReturn("redirect:/programmes/" + id)
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (problem.status() != 400 && problem.status() != 409) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(id, form, errors(problem), model);
                            });
                });
    }

    /** The programme's read model follows the adoption a moment later; the board should see what it has done. */
    private Mono<Void> adoptionVisible(String id) {
        return Follow.until(() -> engagement.programme(id), programme -> Boolean.TRUE.equals(programme.get("adopted")))
                .then();
    }

    /** Field errors where the service named the field; anything else belongs to the override reason. */
    private static Map<String, String> errors(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(e.field().equals("adoptedOn") ? "adoptedOn"
                : "overrideReason", e.message()));
        if (errors.isEmpty()) {
            errors.put("overrideReason", problem.words());
        }
        return errors;
    }

    private Mono<String> show(String id, AdoptionForm form, Map<String, String> errors, Model model) {
        return CurrentPerson.get().map(person -> person.require("BOARD"))
                .then(Mono.zip(engagement.programme(id), engagement.readiness(id)))
                .map(both -> {
                    model.addAttribute("programme", both.getT1());
                    model.addAttribute("readiness", both.getT2());
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    return "console/adoption";
                });
    }
}
