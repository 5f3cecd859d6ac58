package org.lis.console.partner;

import org.lis.console.client.EngagementApi;
import org.lis.console.coverage.AsOfForm;
import org.lis.console.web.CurrentPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** Each partner's standing with a programme, filtered and sorted, and the same rows as the API's CSV. */
@Controller
class PartnerCoveragePages {

    private final EngagementApi engagement;

    PartnerCoveragePages(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/programmes/{id}/partners")
    Mono<String> partners(@PathVariable String id, @RequestParam(required = false) String level,
                          @RequestParam(required = false) String sort, @RequestParam(required = false) String asOf,
                          Model model) {
        AsOfForm form = AsOfForm.read(asOf, null, null, null, null);
        String chosenLevel = level != null && PartnerRows.LEVELS.contains(level) ? level : null;
        String chosenSort = sort != null && PartnerRows.SORTS.contains(sort) ? sort : "name";
        model.addAttribute("form", form);
        model.addAttribute("level", chosenLevel);
        model.addAttribute("sort", chosenSort);
        model.addAttribute("levels", PartnerRows.LEVELS);
        model.addAttribute("sorts", PartnerRows.SORTS);
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(Mono.zip(engagement.programme(id), engagement.partnerRows(id, form.asOf())))
                .map(both -> {
                    model.addAttribute("programme", both.getT1());
                    model.addAttribute("total", both.getT2().size());
                    model.addAttribute("rows", PartnerRows.select(both.getT2(), chosenLevel, chosenSort));
                    return "console/partners";
                });
    }

    /** The API's own CSV, passed on as a download. */
    @GetMapping("/programmes/{id}/partners.csv")
    @ResponseBody
    Mono<ResponseEntity<String>> csv(@PathVariable String id, @RequestParam(required = false) String asOf) {
        AsOfForm form = AsOfForm.read(asOf, null, null, null, null);
        return CurrentPerson.get().map(person -> person.require("OFFICER", "FACILITATOR", "BOARD"))
                .then(engagement.partnerRowsCsv(id, form.asOf()))
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partners-coverage"
                                + (form.asOf().date() == null ? "" : "-" + form.asOf().date()) + ".csv\"")
                        .body(csv));
    }
}
