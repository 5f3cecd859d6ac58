package org.lis.console.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lis.console.client.AsOf;
import org.lis.console.client.EngagementApi;
import org.lis.console.web.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The partner register for officers: searched and filtered as the API filters it, and by each partner's level of
 * engagement in a programme (the latest one unless another is chosen), as that programme's coverage sees it today.
 */
@Controller
class RegisterPage {

    private static final List<String> FILTERS = List.of("q", "type", "sector", "theme", "district", "keyPartner");

    private final EngagementApi engagement;

    RegisterPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/register")
    Mono<String> register(ServerWebExchange exchange, Model model) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> filters.put(name, value(query, name)));
        String level = value(query, "level");
        model.addAttribute("filter", filters);
        model.addAttribute("level", level);
        return CurrentPerson.get().map(person -> person.require("OFFICER"))
                .then(Mono.zip(engagement.partners(filters), engagement.programmes()))
                .flatMap(both -> {
                    List<Map<String, Object>> programmes = both.getT2();
                    String programmeId = chosen(value(query, "programme"), programmes);
                    model.addAttribute("programmes", programmes);
                    model.addAttribute("programme", programmeId == null ? "" : programmeId);
                    Mono<Map<String, String>> levels = programmeId == null ? Mono.just(Map.of())
                            : engagement.partnerRows(programmeId, AsOf.TODAY).map(rows -> rows.stream().collect(
                                    Collectors.toMap(r -> (String) r.get("partnerId"), r -> (String) r.get("level"),
                                            (a, b) -> a)));
                    return levels.map(byPartner -> {
                        model.addAttribute("levels", byPartner);
                        model.addAttribute("partners", both.getT1().stream()
                                .filter(p -> level.isEmpty() || level.equals(byPartner.getOrDefault(p.get("id"), "NONE")))
                                .toList());
                        return "console/register/register";
                    });
                });
    }

    /** The programme asked for, if it exists; else the one defined last. */
    private static String chosen(String asked, List<Map<String, Object>> programmes) {
        if (programmes.stream().anyMatch(p -> asked.equals(p.get("id")))) {
            return asked;
        }
        return programmes.isEmpty() ? null : (String) programmes.get(programmes.size() - 1).get("id");
    }

    private static String value(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
