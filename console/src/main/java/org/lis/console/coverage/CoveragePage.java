package org.lis.console.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A programme's coverage as of any date: totals, groups with bars, gaps, and the trend over the programme. */
@Controller
class CoveragePage {

    static final List<String> GROUPINGS = List.of("TYPE", "SECTOR", "THEME", "DISTRICT", "PHASE");

    private final EngagementApi engagement;
    private final ObjectMapper json;

    CoveragePage(EngagementApi engagement, ObjectMapper json) {
        this.engagement = engagement;
        this.json = json;
    }

    @GetMapping("/programmes/{id}/coverage")
    Mono<String> coverage(@PathVariable String id,
                          @RequestParam(required = false) String asOf,
                          @RequestParam(name = "asOf-day", required = false) String day,
                          @RequestParam(name = "asOf-month", required = false) String month,
                          @RequestParam(name = "asOf-year", required = false) String year,
                          @RequestParam(required = false) String recordedBy,
                          @RequestParam(required = false) String groupBy,
                          Model model) {
        AsOfForm form = AsOfForm.read(asOf, day, month, year, recordedBy);
        String grouping = groupBy != null && GROUPINGS.contains(groupBy.toUpperCase(Locale.UK))
                ? groupBy.toUpperCase(Locale.UK) : "TYPE";
        model.addAttribute("form", form);
        model.addAttribute("groupBy", grouping);
        model.addAttribute("groupings", GROUPINGS);
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(Mono.zip(engagement.programme(id), engagement.consultations(id)))
                .flatMap(found -> {
                    Map<String, Object> programme = found.getT1();
                    model.addAttribute("programme", programme);
                    model.addAttribute("picks", QuickPick.of(programme, found.getT2()));
                    return Mono.zip(engagement.coverage(id, form.asOf(), grouping)
                                    .onErrorResume(ServiceProblem.class, problem -> refused(problem, model)),
                            engagement.trend(id, form.asOf()));
                })
                .map(both -> {
                    if (!both.getT1().isEmpty()) {
                        model.addAttribute("coverage", both.getT1());
                    }
                    model.addAttribute("trend", both.getT2());
                    model.addAttribute("trendJson", toJson(both.getT2()));
                    return "console/coverage";
                });
    }

    /** A refused as-of question (a date the service cannot read) is shown beside the form, not as an error page. */
    private static Mono<Map<String, Object>> refused(ServiceProblem problem, Model model) {
        if (problem.status() != 400 && problem.status() != 409) {
            return Mono.error(problem);
        }
        model.addAttribute("refusal", problem.words());
        return Mono.just(Map.of());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The trend cannot be written as JSON", e);
        }
    }
}
