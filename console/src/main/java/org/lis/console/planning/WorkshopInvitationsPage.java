package org.lis.console.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lis.console.client.AsOf;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.client.WorkshopApi;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Follow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An officer's page for one workshop: its schedule and places left, each invitation and its answer, and the
 * register (filtered, down to the board's gaps) to invite many partners at once.
 */
@Controller
class WorkshopInvitationsPage {

    private final EngagementApi engagement;
    private final WorkshopApi workshops;

    WorkshopInvitationsPage(EngagementApi engagement, WorkshopApi workshops) {
        this.engagement = engagement;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/invitations")
    Mono<String> page(@PathVariable String id, @RequestParam(required = false) Integer sent,
                      @RequestParam(required = false) Long version, ServerWebExchange exchange, Model model) {
        InviteFilter filter = InviteFilter.of(exchange.getRequest().getQueryParams());
        model.addAttribute("sent", sent);
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(version == null ? workshops.workshop(id) : following(id, version))
                .flatMap(workshop -> show(workshop, filter, Map.of(), model));
    }

    @PostMapping("/workshops/{id}/invitations")
    Mono<String> invite(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(exchange.getFormData())
                .flatMap(form -> {
                    List<String> chosen = form.getOrDefault("partnerIds", List.of()).stream()
                            .filter(p -> !p.isBlank()).distinct().toList();
                    InviteFilter filter = InviteFilter.of(form);
                    if (chosen.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return workshops.workshop(id).flatMap(workshop -> show(workshop, filter,
                                Map.of("partners", "Choose at least one partner to invite"), model));
                    }
                    return Flux.fromIterable(chosen)
                            .concatMap(partner -> workshops.invite(id, partner)
                                    .map(done -> Map.entry(partner, (Object) done.get("version")))
                                    .onErrorResume(ServiceProblem.class,
                                            refused -> Mono.just(Map.entry(partner, (Object) refused))))
                            .collectList()
                            .flatMap(results -> answer(id, filter, results, exchange, model));
                });
    }

    /** All sent: back to the page, which waits for them to show. Some refused: say which and why, here. */
    private Mono<String> answer(String id, InviteFilter filter, List<Map.Entry<String, Object>> results,
                                ServerWebExchange exchange, Model model) {
        List<Map.Entry<String, Object>> refused = results.stream()
                .filter(r -> r.getValue() instanceof ServiceProblem).toList();
        long latest = results.stream().filter(r -> r.getValue() instanceof Number)
                .mapToLong(r -> ((Number) r.getValue()).longValue()).max().orElse(0);
        int sent = results.size() - refused.size();
        if (refused.isEmpty()) {
            return Mono.just("redirect:/workshops/" + id + "/invitations?sent=" + sent + "&version=" + latest);
        }
        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
        model.addAttribute("sent", sent);
        return following(id, latest).flatMap(workshop -> show(workshop, filter, names -> {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.forEach(r -> errors.put("partner-" + r.getKey(), names.getOrDefault(r.getKey(), "A partner")
                    + ": " + ((ServiceProblem) r.getValue()).words()));
            return errors;
        }, model));
    }

    private Mono<String> show(Map<String, Object> workshop, InviteFilter filter, Map<String, String> errors,
                              Model model) {
        return show(workshop, filter, names -> errors, model);
    }

    /** {@code errors} may name partners: it is given their names. */
    private Mono<String> show(Map<String, Object> workshop, InviteFilter filter,
                              Function<Map<String, String>, Map<String, String>> errors, Model model) {
        String programmeId = (String) workshop.get("programmeId");
        return Mono.zip(engagement.programme(programmeId), engagement.partnerRows(programmeId, AsOf.TODAY),
                        workshops.hypotheses(programmeId))
                .map(all -> {
                    List<Map<String, Object>> rows = all.getT2();
                    List<?> tabled = (List<?>) workshop.getOrDefault("hypothesisIds", List.of());
                    model.addAttribute("tabled", all.getT3().stream().filter(h -> tabled.contains(h.get("id"))).toList());
                    model.addAttribute("untabled", all.getT3().stream().filter(h -> !tabled.contains(h.get("id"))).toList());
                    // a partner whose invitation was withdrawn (sent in error) may be invited again
                    Set<String> invited = invitations(workshop).stream().filter(i -> i.get("withdrawnAt") == null)
                            .map(i -> (String) i.get("partnerId"))
                            .collect(Collectors.toSet());
                    model.addAttribute("programme", all.getT1());
                    model.addAttribute("workshop", workshop);
                    Map<String, String> names = names(rows);
                    model.addAttribute("names", names);
                    model.addAttribute("filter", filter);
                    model.addAttribute("candidates", rows.stream().filter(filter.matches())
                            .filter(r -> !invited.contains((String) r.get("partnerId"))).toList());
                    model.addAttribute("errors", errors.apply(names));
                    return "console/planning/invitations";
                });
    }

    /** The workshop once its read model has caught up with the version just written. */
    private Mono<Map<String, Object>> following(String id, long version) {
        return Follow.until(() -> workshops.workshop(id),
                w -> ((Number) w.getOrDefault("version", 0)).longValue() >= version);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> invitations(Map<String, Object> workshop) {
        return (List<Map<String, Object>>) workshop.getOrDefault("invitations", List.of());
    }

    private static Map<String, String> names(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("partnerId"), r -> (String) r.get("name"),
                (a, b) -> a, LinkedHashMap::new));
    }
}
