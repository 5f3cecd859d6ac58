package org.lis.console.consultation;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Follow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consultation windows on a programme's draft strategy: one window with its responses (everyone), and the officer's
 * forms to open a window and record a response. The service decides; its refusals are shown next to the field they
 * concern, in a GOV.UK error summary.
 */
@Controller
class ConsultationPages {

    static final List<String> THEMES = List.of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    static final List<String> STANCES = List.of("SUPPORT", "OPPOSE", "NEUTRAL", "CONDITIONAL");

    private final EngagementApi engagement;

    ConsultationPages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/consultations/{id}")
    Mono<String> consultation(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(engagement.consultation(id))
                .flatMap(consultation -> engagement.programme((String) consultation.get("programmeId"))
                        .map(programme -> {
                            model.addAttribute("consultation", consultation);
                            model.addAttribute("programme", programme);
                            model.addAttribute("stances", STANCES);
                            return "console/consultation/consultation";
                        }));
    }

    @GetMapping("/programmes/{id}/consultations/new")
    Mono<String> openForm(@PathVariable String id, Model model) {
        return showOpen(id, ConsultationForm.blank(), Map.of(), model);
    }

    @PostMapping("/programmes/{id}/consultations/new")
    Mono<String> open(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData()).map(ConsultationForm::of)
                .flatMap(form -> {
                    if (!form.errors().isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return showOpen(id, form, form.errors(), model);
                    }
                    return engagement.openConsultation(id, form.body())
                            .map(created -> "redirect:/consultations/" + created.get("id"))
                            .onErrorResume(ServiceProblem.class, problem -> refused(problem, exchange,
                                    errors(problem, "title", Map.of()), errors -> showOpen(id, form, errors, model)));
                });
    }

    @GetMapping("/consultations/{id}/responses/new")
    Mono<String> responseForm(@PathVariable String id, Model model) {
        return showResponse(id, ResponseForm.blank(), Map.of(), model);
    }

    @PostMapping("/consultations/{id}/responses/new")
    Mono<String> respond(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData()).map(ResponseForm::of)
                .flatMap(form -> {
                    if (!form.errors().isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return showResponse(id, form, form.errors(), model);
                    }
                    return engagement.recordResponse(id, form.body())
                            .flatMap(created -> responseVisible(id, String.valueOf(created.get("id"))))
                            .thenReturn("redirect:/consultations/" + id)
                            .onErrorResume(ServiceProblem.class, problem -> refused(problem, exchange,
                                    errors(problem, "summary", Map.of("late.reason", "lateReason", "late", "lateReason")),
                                    errors -> showResponse(id, form, errors, model)));
                });
    }

    /** The consultation's read model follows a moment later; the officer should see the response recorded. */
    @SuppressWarnings("unchecked")
    private Mono<Void> responseVisible(String consultationId, String responseId) {
        return Follow.until(() -> engagement.consultation(consultationId), c -> ((List<Map<String, Object>>)
                c.getOrDefault("responses", List.of())).stream().anyMatch(r -> responseId.equals(r.get("id")))).then();
    }

    private static Mono<String> refused(ServiceProblem problem, ServerWebExchange exchange, Map<String, String> errors,
                                        java.util.function.Function<Map<String, String>, Mono<String>> show) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
            return Mono.error(problem);
        }
        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
        return show.apply(errors);
    }

    /** Field errors where the service named a field of the form; anything else belongs to {@code fallback}. */
    private static Map<String, String> errors(ServiceProblem problem, String fallback, Map<String, String> renamed) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(renamed.getOrDefault(e.field(),
                e.field() == null ? fallback : e.field()), sentence(e.field(), e.message())));
        if (errors.isEmpty()) {
            errors.put(fallback, problem.words());
        }
        return errors;
    }

    /** The service's message without the field name it starts with ("receivedOn: 2018-11-27 is after…"). */
    private static String sentence(String field, String message) {
        String text = message != null && field != null && message.startsWith(field + ": ")
                ? message.substring(field.length() + 2) : String.valueOf(message);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Mono<String> showOpen(String id, ConsultationForm form, Map<String, String> errors, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.programme(id))
                .map(programme -> {
                    model.addAttribute("programme", programme);
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    model.addAttribute("themes", THEMES);
                    return "console/consultation/open";
                });
    }

    private Mono<String> showResponse(String id, ResponseForm form, Map<String, String> errors, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.consultation(id))
                .flatMap(consultation -> Mono.zip(engagement.programme((String) consultation.get("programmeId")),
                                engagement.partners())
                        .map(both -> {
                            model.addAttribute("consultation", consultation);
                            model.addAttribute("programme", both.getT1());
                            model.addAttribute("partners", both.getT2());
                            model.addAttribute("form", form);
                            model.addAttribute("errors", errors);
                            model.addAttribute("stances", STANCES);
                            return "console/consultation/response";
                        }));
    }
}
