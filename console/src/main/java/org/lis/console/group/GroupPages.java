package org.lis.console.group;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.TypedDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Steering groups and task-and-finish groups: officers and the board see them (who convenes, who was a member when,
 * the meetings); officers form them and record members and meetings. Each form shows the service's refusal next to
 * the field it names, as the other forms do; dates are typed in one field (see {@link TypedDate}).
 */
@Controller
class GroupPages {

    static final List<String> KINDS = List.of("STEERING_GROUP", "TASK_AND_FINISH", "OTHER");
    static final List<String> THEMES = List.of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    private static final String DATE_HINT = "For example, 5 10 2018";

    private final EngagementApi engagement;

    GroupPages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/groups")
    Mono<String> list(Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "BOARD"))
                .then(engagement.groups(null))
                .map(groups -> {
                    model.addAttribute("groups", groups);
                    return "console/groups/groups";
                });
    }

    @GetMapping("/groups/{id}")
    Mono<String> group(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER", "BOARD"))
                .then(engagement.group(id))
                .flatMap(group -> {
                    model.addAttribute("group", group);
                    Object programmeId = group.get("programmeId");
                    if (programmeId == null) {
                        return Mono.just("console/groups/group");
                    }
                    return engagement.programme(programmeId.toString())
                            .doOnNext(p -> model.addAttribute("programmeName", p.get("name")))
                            .thenReturn("console/groups/group");
                });
    }

    // forming a group

    @GetMapping("/groups/new")
    Mono<String> newGroup(Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(engagement.partners(), engagement.programmes()))
                .map(both -> groupForm(both.getT1(), both.getT2(), Map.of(), List.of(), Map.of(), model));
    }

    @PostMapping("/groups/new")
    Mono<String> form(ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), engagement.partners(), engagement.programmes()))
                .flatMap(both -> {
                    MultiValueMap<String, String> data = both.getT1();
                    Map<String, String> values = values(data, "name", "kind", "convenorPartnerId", "programmeId",
                            "description", "formedOn");
                    List<String> themes = data.getOrDefault("themes", List.of());
                    Map<String, String> errors = new LinkedHashMap<>();
                    require(values, errors, "name", "Enter the group's name");
                    if (!KINDS.contains(values.get("kind"))) {
                        errors.put("kind", "Choose what kind of group it is");
                    }
                    require(values, errors, "convenorPartnerId", "Choose the partner that convenes the group");
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", values.get("name"));
                    body.put("kind", values.get("kind"));
                    body.put("convenorPartnerId", values.get("convenorPartnerId"));
                    body.put("themes", themes);
                    body.put("programmeId", blankToNull(values.get("programmeId")));
                    body.put("description", blankToNull(values.get("description")));
                    body.put("formedOn", date(values, errors, "formedOn", false));
                    Function<Map<String, String>, String> again = e -> groupForm(both.getT2(), both.getT3(), values, themes,
                            e, model);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(again.apply(errors));
                    }
                    return engagement.formGroup(body).map(formed -> "redirect:/groups/" + formed.get("id"))
                            .onErrorResume(ServiceProblem.class, problem -> refused(exchange, problem, "name", again));
                });
    }

    // members

    @GetMapping("/groups/{id}/members/new")
    Mono<String> newMember(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(engagement.group(id), engagement.partners()))
                .map(both -> memberForm(both.getT1(), both.getT2(), Map.of(), Map.of(), model));
    }

    @PostMapping("/groups/{id}/members/new")
    Mono<String> addMember(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), engagement.group(id), engagement.partners()))
                .flatMap(all -> {
                    Map<String, String> values = values(all.getT1(), "partnerId", "invitedOn", "joinedOn",
                            "invitedByPartnerId");
                    Map<String, String> errors = new LinkedHashMap<>();
                    require(values, errors, "partnerId", "Choose the partner to add");
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("partnerId", values.get("partnerId"));
                    body.put("invitedOn", date(values, errors, "invitedOn", false));
                    body.put("joinedOn", date(values, errors, "joinedOn", false));
                    body.put("invitedByPartnerId", blankToNull(values.get("invitedByPartnerId")));
                    if (!errors.containsKey("invitedOn") && !errors.containsKey("joinedOn")
                            && body.get("invitedOn") == null && body.get("joinedOn") == null) {
                        errors.put("invitedOn", "Enter the date the partner was invited, joined, or both");
                    }
                    Function<Map<String, String>, String> again = e -> memberForm(all.getT2(), all.getT3(), values, e, model);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(again.apply(errors));
                    }
                    return engagement.addMember(id, body).thenReturn("redirect:/groups/" + id)
                            .onErrorResume(ServiceProblem.class, problem -> refused(exchange, problem, "partnerId", again));
                });
    }

    @GetMapping("/groups/{id}/members/{partnerId}/{change:joined|left}")
    Mono<String> newChange(@PathVariable String id, @PathVariable String partnerId, @PathVariable String change,
                           Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.group(id))
                .map(group -> changeForm(group, partnerId, change, Map.of(), Map.of(), model));
    }

    @PostMapping("/groups/{id}/members/{partnerId}/{change:joined|left}")
    Mono<String> change(@PathVariable String id, @PathVariable String partnerId, @PathVariable String change,
                        ServerWebExchange exchange, Model model) {
        String field = change + "On";
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), engagement.group(id)))
                .flatMap(both -> {
                    Map<String, String> values = values(both.getT1(), field, "reason");
                    Map<String, String> errors = new LinkedHashMap<>();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put(field, date(values, errors, field, true));
                    if ("left".equals(change)) {
                        body.put("reason", blankToNull(values.get("reason")));
                    }
                    Function<Map<String, String>, String> again = e -> changeForm(both.getT2(), partnerId, change, values, e, model);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(again.apply(errors));
                    }
                    return engagement.recordMembership(id, partnerId, change, body).thenReturn("redirect:/groups/" + id)
                            .onErrorResume(ServiceProblem.class, problem -> refused(exchange, problem, field, again));
                });
    }

    // meetings

    @GetMapping("/groups/{id}/meetings/new")
    Mono<String> newMeeting(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(engagement.group(id))
                .map(group -> meetingForm(group, Map.of(), List.of(), Map.of(), model));
    }

    @PostMapping("/groups/{id}/meetings/new")
    Mono<String> recordMeeting(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(exchange.getFormData(), engagement.group(id)))
                .flatMap(both -> {
                    Map<String, String> values = values(both.getT1(), "heldOn", "title", "notes");
                    List<String> attendees = both.getT1().getOrDefault("attendeePartnerIds", List.of());
                    Map<String, String> errors = new LinkedHashMap<>();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("heldOn", date(values, errors, "heldOn", true));
                    body.put("title", blankToNull(values.get("title")));
                    body.put("attendeePartnerIds", attendees);
                    body.put("notes", blankToNull(values.get("notes")));
                    if (attendees.isEmpty()) {
                        errors.put("attendeePartnerIds", "Choose the partners that attended");
                    }
                    Function<Map<String, String>, String> again = e -> meetingForm(both.getT2(), values, attendees,
                            named(both.getT2(), e), model);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(again.apply(errors));
                    }
                    return engagement.recordMeeting(id, body).thenReturn("redirect:/groups/" + id)
                            .onErrorResume(ServiceProblem.class, problem -> refused(exchange, problem, "heldOn", again));
                });
    }

    /** A 400, 404 naming a field, 409 or 422 shows on the form; anything else is the error page's. */
    private static Mono<String> refused(ServerWebExchange exchange, ServiceProblem problem, String fallbackField,
                                        Function<Map<String, String>, String> again) {
        boolean namesField = !problem.errors().isEmpty();
        if (!List.of(400, 409, 422).contains(problem.status()) && !(problem.status() == 404 && namesField)) {
            return Mono.error(problem);
        }
        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
        Map<String, String> errors = new LinkedHashMap<>();
        // the service starts a field's message with the field's name, which the form shows already
        problem.errors().forEach(e -> errors.putIfAbsent(e.field() == null ? fallbackField : e.field(),
                e.message().replaceFirst("^" + java.util.regex.Pattern.quote(String.valueOf(e.field())) + ": ", "")));
        if (errors.isEmpty()) {
            errors.put(fallbackField, problem.words());
        }
        return Mono.just(again.apply(errors));
    }

    private String groupForm(List<Map<String, Object>> partners, List<Map<String, Object>> programmes,
                             Map<String, String> values, List<String> themes, Map<String, String> errors, Model model) {
        model.addAttribute("partners", byName(partners));
        model.addAttribute("programmes", programmes);
        model.addAttribute("values", values);
        model.addAttribute("themes", themes);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("allThemes", THEMES);
        model.addAttribute("dateHint", DATE_HINT);
        return "console/groups/group-form";
    }

    private String memberForm(Map<String, Object> group, List<Map<String, Object>> partners, Map<String, String> values,
                              Map<String, String> errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("partners", byName(partners));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("dateHint", DATE_HINT);
        return "console/groups/member-form";
    }

    @SuppressWarnings("unchecked")
    private String changeForm(Map<String, Object> group, String partnerId, String change, Map<String, String> values,
                              Map<String, String> errors, Model model) {
        Object name = ((List<Map<String, Object>>) group.getOrDefault("members", List.of())).stream()
                .filter(m -> partnerId.equals(m.get("partnerId"))).map(m -> m.get("name")).findFirst().orElse(partnerId);
        model.addAttribute("group", group);
        model.addAttribute("partnerId", partnerId);
        model.addAttribute("partnerName", name);
        model.addAttribute("change", change);
        model.addAttribute("field", change + "On");
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("dateHint", DATE_HINT);
        return "console/groups/membership-change";
    }

    /** Attendees to choose from: the convenor and every partner that has joined (the service checks the date). */
    @SuppressWarnings("unchecked")
    private String meetingForm(Map<String, Object> group, Map<String, String> values, List<String> attendees,
                               Map<String, String> errors, Model model) {
        Map<String, Object> choices = new LinkedHashMap<>();
        Map<String, Object> convenor = (Map<String, Object>) group.get("convenor");
        choices.put((String) convenor.get("partnerId"), convenor.get("name"));
        ((List<Map<String, Object>>) group.getOrDefault("members", List.of())).stream()
                .filter(m -> m.get("joinedOn") != null)
                .forEach(m -> choices.putIfAbsent((String) m.get("partnerId"), m.get("name")));
        model.addAttribute("group", group);
        model.addAttribute("choices", choices);
        model.addAttribute("values", values);
        model.addAttribute("attendees", attendees);
        model.addAttribute("errors", errors);
        model.addAttribute("dateHint", DATE_HINT);
        return "console/groups/meeting-form";
    }

    /** The service names partners by id: the officer reads their names. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> named(Map<String, Object> group, Map<String, String> errors) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Object> convenor = (Map<String, Object>) group.get("convenor");
        names.put(String.valueOf(convenor.get("partnerId")), String.valueOf(convenor.get("name")));
        ((List<Map<String, Object>>) group.getOrDefault("members", List.of()))
                .forEach(m -> names.put(String.valueOf(m.get("partnerId")), String.valueOf(m.get("name"))));
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String text = message;
            for (Map.Entry<String, String> name : names.entrySet()) {
                text = text.replace(name.getKey(), name.getValue());
            }
            named.put(field, text);
        });
        return named;
    }

    private static List<Map<String, Object>> byName(List<Map<String, Object>> partners) {
        return partners.stream().sorted(Comparator.comparing(p -> String.valueOf(p.get("name")),
                String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Map<String, String> values(MultiValueMap<String, String> data, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = data.getFirst(name);
            values.put(name, value == null ? "" : value.strip());
        }
        return values;
    }

    private static void require(Map<String, String> values, Map<String, String> errors, String field, String message) {
        if (values.get(field).isBlank()) {
            errors.put(field, message);
        }
    }

    /** The ISO date typed in {@code field}, null when left empty; an error when unreadable (or empty and required). */
    private static String date(Map<String, String> values, Map<String, String> errors, String field, boolean required) {
        String typed = values.get(field);
        if (typed.isBlank()) {
            if (required) {
                errors.put(field, "Enter the date, for example 5 10 2018");
            }
            return null;
        }
        LocalDate date = TypedDate.parse(typed);
        if (date == null) {
            errors.put(field, "Enter a real date, for example 5 10 2018");
            return null;
        }
        return date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
