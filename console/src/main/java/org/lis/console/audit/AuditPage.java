package org.lis.console.audit;

import org.lis.console.client.EngagementApi;
import org.lis.console.web.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The recorded events behind the figures, for officers and the board: by partner and dates as the API filters,
 * by event type here.
 */
@Controller
class AuditPage {

    /** As people write a date, and as the API does. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d M uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private final EngagementApi engagement;

    AuditPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/audit")
    Mono<String> audit(@RequestParam(required = false) String partner, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String type,
                       Model model) {
        String fromDate = date(from, "from", model);
        String toDate = date(to, "to", model);
        String partnerId = partner == null || partner.isBlank() ? null : partner;
        String chosenType = type == null || type.isBlank() ? null : type;
        model.addAttribute("filter", Map.of("partner", partnerId == null ? "" : partnerId,
                "from", from == null ? "" : from, "to", to == null ? "" : to, "type", chosenType == null ? "" : chosenType));
        return CurrentPerson.get().map(person -> person.require("OFFICER", "BOARD"))
                .then(Mono.zip(engagement.partners(), engagement.audit(partnerId, fromDate, toDate)))
                .map(both -> {
                    List<Map<String, Object>> items = both.getT2();
                    model.addAttribute("partners", both.getT1());
                    model.addAttribute("types", items.stream().map(i -> (String) i.get("type"))
                            .filter(Objects::nonNull).distinct().sorted().toList());
                    List<Map<String, Object>> shown = new ArrayList<>(items.stream()
                            .filter(i -> chosenType == null || chosenType.equals(i.get("type"))).toList());
                    // newest first: the board asks what changed lately
                    Collections.reverse(shown);
                    model.addAttribute("items", shown);
                    return "console/audit";
                });
    }

    private static String date(String value, String field, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format).toString();
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        model.addAttribute(field + "Error", "The date must be a real date, for example 5 10 2018");
        return null;
    }
}
