package org.lis.console.audit;

import org.lis.console.client.EngagementApi;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.TypedDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The recorded events behind the figures, for officers and the board, newest first and a page at a time: about
 * one partner (including what its workshops recorded), of one type, between two dates, as the API filters.
 */
@Controller
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final EngagementApi engagement;

    AuditPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/audit")
    Mono<String> audit(@RequestParam(required = false) String partner, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String page, Model model) {
        String fromDate = date(from, "from", model);
        String toDate = date(to, "to", model);
        String partnerId = blankAsNull(partner);
        String chosenType = AuditTypes.ALL.contains(type) ? type : null;
        int newestFirstPage = pageNumber(page);
        Map<String, String> filter = Map.of("partner", partnerId == null ? "" : partnerId,
                "from", from == null ? "" : from, "to", to == null ? "" : to, "type", chosenType == null ? "" : chosenType);
        model.addAttribute("filter", filter);
        model.addAttribute("types", AuditTypes.ALL);
        return CurrentPerson.get().map(person -> person.require("OFFICER", "BOARD"))
                .then(Mono.zip(engagement.partners(),
                        newestFirst(partnerId, chosenType, fromDate, toDate, newestFirstPage)))
                .map(both -> {
                    model.addAttribute("partners", both.getT1());
                    model.addAttribute("items", both.getT2().items());
                    model.addAttribute("total", both.getT2().total());
                    model.addAttribute("newer", newestFirstPage > 0 ? link(filter, newestFirstPage - 1) : null);
                    model.addAttribute("older", both.getT2().hasOlder() ? link(filter, newestFirstPage + 1) : null);
                    return "console/audit";
                });
    }

    /**
     * The API pages oldest first; the board reads newest first. Page {@code n} here is the window of events
     * {@code [total - size(n+1), total - size n)} in the API's order, reversed: one or two of the API's pages.
     * Asks once for the total, then for those pages.
     */
    private Mono<NewestFirst> newestFirst(String partnerId, String type, String from, String to, int page) {
        return engagement.audit(partnerId, type, from, to, 0, 1)
                .map(first -> ((Number) first.get("total")).longValue())
                .flatMap(total -> {
                    long end = total - (long) PAGE_SIZE * page;
                    if (end <= 0) {
                        return Mono.just(new NewestFirst(List.of(), total, false));
                    }
                    long start = Math.max(0, end - PAGE_SIZE);
                    int firstPage = (int) (start / PAGE_SIZE);
                    int lastPage = (int) ((end - 1) / PAGE_SIZE);
                    return Flux.range(firstPage, lastPage - firstPage + 1)
                            .concatMap(p -> engagement.audit(partnerId, type, from, to, p, PAGE_SIZE).map(AuditPage::items))
                            .collectList()
                            .map(pages -> {
                                List<Map<String, Object>> window = new ArrayList<>();
                                pages.forEach(window::addAll);
                                int offset = (int) (start - (long) firstPage * PAGE_SIZE);
                                List<Map<String, Object>> shown = new ArrayList<>(window.subList(
                                        Math.min(offset, window.size()), Math.min(offset + (int) (end - start), window.size())));
                                Collections.reverse(shown);
                                return new NewestFirst(shown, total, start > 0);
                            });
                });
    }

    private record NewestFirst(List<Map<String, Object>> items, long total, boolean hasOlder) {
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }

    private static String link(Map<String, String> filter, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        filter.forEach((name, value) -> {
            if (!value.isEmpty()) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String date(String value, String field, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = TypedDate.parse(value);
        if (date == null) {
            model.addAttribute(field + "Error", "The date must be a real date, for example 5 10 2018");
        }
        return date == null ? null : date.toString();
    }
}
