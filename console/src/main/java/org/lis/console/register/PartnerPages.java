package org.lis.console.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** One partner in the register for officers, with its contacts; registering a partner and changing one. */
@Controller
class PartnerPages {

    private final EngagementApi engagement;

    PartnerPages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    /**
     * After a change ({@code version}), a contact added ({@code contact}) or erased ({@code erased}), the page waits
     * briefly for the partner to show it.
     */
    @GetMapping("/register/{id}")
    Mono<String> partner(@PathVariable String id, @RequestParam(required = false) Long version,
                         @RequestParam(required = false) String contact, @RequestParam(required = false) String erased,
                         Model model) {
        model.addAttribute("added", contact != null);
        model.addAttribute("erased", erased != null);
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Follow.until(() -> engagement.partner(id), partner -> shows(partner, version, contact, erased)))
                .map(partner -> {
                    model.addAttribute("partner", partner);
                    return "console/register/partner";
                });
    }

    @GetMapping("/register/new")
    Mono<String> newPartner(Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.fromSupplier(() -> form(null, PartnerForm.blank(), Map.of(), model)));
    }

    @PostMapping("/register/new")
    Mono<String> register(ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData()).map(PartnerForm::of)
                .flatMap(form -> {
                    Map<String, String> errors = form.errors(false);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(form(null, form, errors, model));
                    }
                    return engagement.registerPartner(form.body())
                            .map(created -> "redirect:/register/" + created.get("id"))
                            .onErrorResume(ServiceProblem.class, problem -> refused(problem, null, form, exchange, model));
                });
    }

    @GetMapping("/register/{id}/edit")
    Mono<String> edit(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.partner(id))
                .map(partner -> form(partner, PartnerForm.of(partner, LocalDate.now(Formats.LONDON)), Map.of(), model));
    }

    @PostMapping("/register/{id}/edit")
    Mono<String> change(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData().map(PartnerForm::of), engagement.partner(id)))
                .flatMap(both -> {
                    PartnerForm form = both.getT1();
                    Map<String, String> errors = form.errors(true);
                    if (!errors.isEmpty() || !form.version().matches("\\d{1,18}")) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(form(both.getT2(), form, errors.isEmpty()
                                ? Map.of("name", "The form was incomplete: open it again from the partner's page") : errors,
                                model));
                    }
                    return engagement.updatePartner(id, form.body(), form.expectedVersion())
                            .map(done -> "redirect:/register/" + id + "?version=" + done.get("version"))
                            .onErrorResume(ServiceProblem.class,
                                    problem -> refused(problem, both.getT2(), form, exchange, model));
                });
    }

    @SuppressWarnings("unchecked")
    private static boolean shows(Map<String, Object> partner, Long version, String contact, String erased) {
        List<Map<String, Object>> contacts = (List<Map<String, Object>>) partner.getOrDefault("contacts", List.of());
        boolean changed = version == null || ((Number) partner.get("version")).longValue() >= version;
        boolean added = contact == null || contacts.stream().anyMatch(c -> contact.equals(c.get("id")));
        boolean gone = erased == null || contacts.stream()
                .noneMatch(c -> erased.equals(c.get("id")) && c.get("name") != null);
        return changed && added && gone;
    }

    private Mono<String> refused(ServiceProblem problem, Map<String, Object> partner, PartnerForm form,
                                 ServerWebExchange exchange, Model model) {
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 412) {
            return Mono.error(problem);
        }
        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
        return Mono.just(form(partner, form, PartnerForm.refusal(problem), model));
    }

    private static String form(Map<String, Object> partner, PartnerForm form, Map<String, String> errors, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/register/partner-form";
    }
}
