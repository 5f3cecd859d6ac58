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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback at a workshop: the tabled hypotheses with how the room stands on each and what each partner said
 * (for facilitators and officers), and the facilitator's fast form for one hypothesis, which comes back empty
 * after each partner, ready for the next.
 */
@Controller
class FeedbackPage {

    /** Refusals about the partner named; the rest concern the form as a whole, shown at its first field. */
    private static final List<String> ABOUT_THE_PARTNER = List.of("FEEDBACK_ALREADY_GIVEN", "PARTNER_DID_NOT_ATTEND",
            "PARTNER_UNKNOWN");

    private final RoomReads reads;
    private final WorkshopApi workshops;

    FeedbackPage(RoomReads reads, WorkshopApi workshops) {
        this.reads = reads;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/feedback")
    Mono<String> overview(@PathVariable String id, @RequestParam(required = false) String corrected, Model model) {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER"))
                .then(reads.room(id))
                .map(room -> {
                    Map<String, Object> item = corrected == null ? null : room.feedbackItem(corrected);
                    model.addAttribute("room", room);
                    model.addAttribute("workshop", room.workshop());
                    model.addAttribute("stances", StanceTally.STANCES);
                    model.addAttribute("notice", item == null || item.get("correctedAt") == null ? null
                            : "The feedback from " + room.name((String) item.get("partnerId")) + " is corrected");
                    return "console/feedback";
                });
    }

    @GetMapping("/workshops/{id}/hypotheses/{hypothesisId}/feedback")
    Mono<String> form(@PathVariable String id, @PathVariable String hypothesisId,
                      @RequestParam(required = false) String recorded, Model model) {
        return facilitator().then(reads.room(id)).map(room -> {
            Map<String, Object> given = recorded == null ? null : room.feedbackItem(recorded);
            String notice = given == null ? null : "Feedback from " + room.name((String) given.get("partnerId"))
                    + " is recorded";
            return show(room, hypothesisId, FeedbackForm.EMPTY, notice, Map.of(), model);
        });
    }

    @PostMapping("/workshops/{id}/hypotheses/{hypothesisId}/feedback")
    Mono<String> record(@PathVariable String id, @PathVariable String hypothesisId, ServerWebExchange exchange,
                        Model model) {
        return facilitator().then(Mono.zip(exchange.getFormData().map(FeedbackForm::of), reads.room(id)))
                .flatMap(both -> {
                    FeedbackForm form = both.getT1();
                    Room room = both.getT2();
                    Map<String, String> errors = form.errors(room);
                    if (!errors.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(show(room, hypothesisId, form, null, errors, model));
                    }
                    // a partner who is not in the room can only have sent their feedback in writing
                    boolean written = !room.checkedIn(form.partnerId());
                    WorkshopApi.Feedback feedback = new WorkshopApi.Feedback(hypothesisId, form.partnerId(),
                            form.stance(), form.confidenceValue(), form.comment().strip());
                    return workshops.recordFeedback(id, feedback, written)
                            .flatMap(answer -> workshops.workshopAtLeast(id, ((Number) answer.get("version")).longValue())
                                    .thenReturn("redirect:" + UriComponentsBuilder
                                            .fromPath("/workshops/{id}/hypotheses/{hypothesisId}/feedback")
                                            .queryParam("recorded", answer.get("id"))
                                            .buildAndExpand(id, hypothesisId).encode().toUriString()))
                            .onErrorResume(Refusals::isRefusal, error -> reads.room(id).map(now -> {
                                ServiceProblem problem = (ServiceProblem) error;
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(now, hypothesisId, form, null, refusal(problem, now.name(form.partnerId())),
                                        model);
                            }));
                });
    }

    /** The service's field errors where it named a field of the form; else its refusal in words by the partner. */
    private static Map<String, String> refusal(ServiceProblem problem, String partner) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().stream().filter(e -> List.of("stance", "confidence", "comment").contains(e.field()))
                .forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (errors.isEmpty() || ABOUT_THE_PARTNER.contains(problem.code())) {
            errors.clear();
            errors.put("partnerId", Refusals.words(problem, partner));
        }
        return errors;
    }

    private static String show(Room room, String hypothesisId, FeedbackForm form, String notice,
                               Map<String, String> errors, Model model) {
        Map<String, Object> hypothesis = room.hypothesis(hypothesisId);
        if (hypothesis == null) {
            throw new ServiceProblem(404, "Not Found", "This hypothesis is not tabled at this workshop", List.of());
        }
        model.addAttribute("room", room);
        model.addAttribute("workshop", room.workshop());
        model.addAttribute("hypothesis", hypothesis);
        model.addAttribute("form", form);
        model.addAttribute("notice", notice);
        model.addAttribute("errors", errors);
        model.addAttribute("stances", StanceTally.STANCES);
        // who has spoken on this hypothesis already is corrected from the feedback page, not logged again
        model.addAttribute("given", room.feedbackOn(hypothesisId).stream().map(f -> f.get("partnerId")).toList());
        return "console/feedback-form";
    }

    /** Only facilitators log feedback, as the service has it: officers record engagement outside the room. */
    private static Mono<Void> facilitator() {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR")).then();
    }
}
