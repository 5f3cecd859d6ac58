package org.lis.console.workshop;

import org.lis.console.client.ServiceProblem;
import org.lis.console.client.WorkshopApi;
import org.lis.console.web.CurrentPerson;
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
 * A correction of recorded feedback: nothing recorded is edited in place, so the new stance, confidence and
 * comment are recorded with the reason, and both stay in the history. After a workshop is closed only an
 * officer may correct; the service says so, and the page shows it beside the reason.
 */
@Controller
class CorrectionPage {

    private final RoomReads reads;
    private final WorkshopApi workshops;

    CorrectionPage(RoomReads reads, WorkshopApi workshops) {
        this.reads = reads;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/feedback/{feedbackId}/correction")
    Mono<String> form(@PathVariable String id, @PathVariable String feedbackId, Model model) {
        return allowed().then(reads.room(id)).map(room ->
                show(room, feedbackId, CorrectionForm.from(feedback(room, feedbackId)), Map.of(), model));
    }

    @PostMapping("/workshops/{id}/feedback/{feedbackId}/correction")
    Mono<String> correct(@PathVariable String id, @PathVariable String feedbackId, ServerWebExchange exchange,
                         Model model) {
        return allowed().then(Mono.zip(exchange.getFormData().map(CorrectionForm::of), reads.room(id)))
                .flatMap(both -> {
                    CorrectionForm form = both.getT1();
                    Room room = both.getT2();
                    feedback(room, feedbackId);
                    Map<String, String> errors = form.errors();
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(show(room, feedbackId, form, errors, model));
                    }
                    return workshops.correctFeedback(id, feedbackId, form.stance(), form.confidenceValue(),
                                    form.comment().strip(), form.reason().strip())
                            .flatMap(answer -> workshops.workshopAtLeast(id, ((Number) answer.get("version")).longValue()))
                            .thenReturn("redirect:/workshops/" + id + "/feedback?corrected=" + feedbackId)
                            .onErrorResume(Refusals::isRefusal, error -> reads.room(id).map(now -> {
                                ServiceProblem problem = (ServiceProblem) error;
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(now, feedbackId, form, refusal(problem), model);
                            }));
                });
    }

    /** The service's field errors where it named a field of the form; anything else by the reason. */
    private static Map<String, String> refusal(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().stream().filter(e -> List.of("stance", "confidence", "comment", "reason").contains(e.field()))
                .forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (errors.isEmpty()) {
            errors.put("reason", Refusals.words(problem, null));
        }
        return errors;
    }

    private static Map<String, Object> feedback(Room room, String feedbackId) {
        Map<String, Object> feedback = room.feedbackItem(feedbackId);
        if (feedback == null) {
            throw new ServiceProblem(404, "Not Found", "No such feedback was recorded at this workshop", List.of());
        }
        return feedback;
    }

    private static String show(Room room, String feedbackId, CorrectionForm form, Map<String, String> errors,
                               Model model) {
        Map<String, Object> feedback = feedback(room, feedbackId);
        model.addAttribute("room", room);
        model.addAttribute("workshop", room.workshop());
        model.addAttribute("feedback", feedback);
        model.addAttribute("hypothesis", room.hypothesis((String) feedback.get("hypothesisId")));
        model.addAttribute("partner", room.name((String) feedback.get("partnerId")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stances", StanceTally.STANCES);
        return "console/correction";
    }

    private static Mono<Void> allowed() {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER")).then();
    }
}
