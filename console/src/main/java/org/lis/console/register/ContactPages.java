package org.lis.console.register;

import java.util.List;
import java.util.Map;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Officers add a partner's contacts and, on request, erase one: after saying what erasure does and asking. */
@Controller
class ContactPages {

    private final EngagementApi engagement;

    ContactPages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/register/{id}/contacts/new")
    Mono<String> newContact(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.partner(id))
                .map(partner -> form(partner, ContactForm.blank(), Map.of(), model));
    }

    @PostMapping("/register/{id}/contacts/new")
    Mono<String> add(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData().map(ContactForm::of), engagement.partner(id)))
                .flatMap(both -> {
                    ContactForm form = both.getT1();
                    Map<String, String> errors = form.errors();
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(form(both.getT2(), form, errors, model));
                    }
                    return engagement.addContact(id, form.body())
                            .map(added -> "redirect:/register/" + id + "?contact=" + added.get("id"))
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (problem.status() != 400 && problem.status() != 409) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return Mono.just(form(both.getT2(), form, ContactForm.refusal(problem), model));
                            });
                });
    }

    @GetMapping("/register/{id}/contacts/{contactId}/erase")
    Mono<String> confirm(@PathVariable String id, @PathVariable String contactId, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.partner(id))
                .map(partner -> {
                    Map<String, Object> contact = contactOf(partner, contactId);
                    if (contact == null) {
                        throw new ServiceProblem(404, "Not Found", "No contact " + contactId + " at this partner",
                                List.of());
                    }
                    model.addAttribute("partner", partner);
                    model.addAttribute("contact", contact);
                    return "console/register/contact-erase";
                });
    }

    @PostMapping("/register/{id}/contacts/{contactId}/erase")
    Mono<String> erase(@PathVariable String id, @PathVariable String contactId) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.eraseContact(id, contactId))
                .thenReturn("redirect:/register/" + id + "?erased=" + contactId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contactOf(Map<String, Object> partner, String contactId) {
        return ((List<Map<String, Object>>) partner.getOrDefault("contacts", List.of())).stream()
                .filter(c -> contactId.equals(c.get("id"))).findFirst().orElse(null);
    }

    private static String form(Map<String, Object> partner, ContactForm form, Map<String, String> errors, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lawfulBases", ContactForm.LAWFUL_BASES);
        return "console/register/contact-form";
    }
}
