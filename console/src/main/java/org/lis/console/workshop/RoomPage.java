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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The room on the day: the check-in list with search, a tap to check a partner in, no-shows once the workshop
 * has started, and walk-ins found in the register. Each write is a form (usable without JavaScript) that comes
 * back to this page once the workshop's views show it; a refusal is shown beside the partner it concerns.
 */
@Controller
class RoomPage {

    private final RoomReads reads;
    private final WorkshopApi workshops;

    RoomPage(RoomReads reads, WorkshopApi workshops) {
        this.reads = reads;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/room")
    Mono<String> room(@PathVariable String id, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String find, @RequestParam(required = false) String done,
                      @RequestParam(required = false) String partner, Model model) {
        return allowed().then(reads.room(id))
                .map(room -> show(room, new Search(q, find), RoomWrite.notice(room, done, partner), Map.of(), model));
    }

    @PostMapping("/workshops/{id}/room/check-ins")
    Mono<String> checkIn(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return write(id, RoomWrite.CHECK_IN, exchange, model);
    }

    @PostMapping("/workshops/{id}/room/walk-ins")
    Mono<String> walkIn(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return write(id, RoomWrite.WALK_IN, exchange, model);
    }

    @PostMapping("/workshops/{id}/room/no-shows")
    Mono<String> noShow(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return write(id, RoomWrite.NO_SHOW, exchange, model);
    }

    private Mono<String> write(String id, RoomWrite write, ServerWebExchange exchange, Model model) {
        return allowed().then(exchange.getFormData()).flatMap(form -> {
            String partnerId = blankAsNull(form.getFirst("partnerId"));
            Search search = new Search(form.getFirst("q"), form.getFirst("find"));
            if (partnerId == null) {
                return refused(id, write, null, search, HttpStatus.BAD_REQUEST, room -> "Choose a partner",
                        exchange, model);
            }
            Mono<Map<String, Object>> sent = switch (write) {
                case CHECK_IN -> workshops.checkIn(id, partnerId, false);
                case WALK_IN -> workshops.checkIn(id, partnerId, true);
                // the service would take a no-show at any time; nobody can know who did not come before the start
                case NO_SHOW -> reads.room(id).flatMap(room -> room.started() ? workshops.markNoShow(id, partnerId)
                        : Mono.error(new ServiceProblem(400, "Not started", "The workshop has not started yet:"
                        + " mark no-shows once it has", List.of())));
            };
            return sent.flatMap(answer -> workshops.workshopAtLeast(id, ((Number) answer.get("version")).longValue()))
                    .thenReturn("redirect:" + after(id, write, partnerId, search))
                    .onErrorResume(Refusals::isRefusal, error -> {
                        ServiceProblem problem = (ServiceProblem) error;
                        return refused(id, write, partnerId, search, HttpStatus.valueOf(problem.status()),
                                room -> Refusals.words(problem, room.name(partnerId)), exchange, model);
                    });
        });
    }

    /** The room again, as it now is, with the refusal beside the partner (or the search) it concerns. */
    private Mono<String> refused(String id, RoomWrite write, String partnerId, Search search, HttpStatus status,
                                 Function<Room, String> words, ServerWebExchange exchange, Model model) {
        return reads.room(id).map(room -> {
            exchange.getResponse().setStatusCode(status);
            return show(room, search, null, Map.of(write.anchor(room, partnerId), words.apply(room)), model);
        });
    }

    private static String show(Room room, Search search, String notice, Map<String, String> errors, Model model) {
        model.addAttribute("room", room);
        model.addAttribute("workshop", room.workshop());
        model.addAttribute("search", search);
        // every row is on the page, those the search leaves out hidden: the script can widen the search as one types
        List<CheckInRow> rows = room.checkInRows();
        model.addAttribute("rows", rows);
        model.addAttribute("shown", rows.stream().filter(row -> row.matches(search.q())).count());
        model.addAttribute("candidates", room.walkInCandidates(search.find()));
        model.addAttribute("notice", notice);
        model.addAttribute("errors", errors);
        return "console/room";
    }

    /** Back to the room with the same search, saying what was done (the page checks it is so). */
    private static String after(String id, RoomWrite write, String partnerId, Search search) {
        return UriComponentsBuilder.fromPath("/workshops/{id}/room")
                .queryParamIfPresent("q", Optional.ofNullable(blankAsNull(search.q())))
                .queryParam("done", write.done()).queryParam("partner", partnerId)
                .encode().buildAndExpand(id).toUriString();
    }

    private static Mono<Void> allowed() {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER")).then();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What was searched for: {@code q} in the check-in list, {@code find} in the register for a walk-in. */
    record Search(String q, String find) {
    }
}
