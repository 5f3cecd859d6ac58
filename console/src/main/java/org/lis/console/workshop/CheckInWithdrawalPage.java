package org.lis.console.workshop;

import java.util.Map;

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

import reactor.core.publisher.Mono;

/**
 * Withdrawing a check-in recorded by mistake (the wrong organisation tapped): a confirmation page that asks why, then
 * back to the room, where the partner can be checked in again when they do arrive. The service decides who may: a
 * facilitator until the workshop is closed, an officer always.
 */
@Controller
class CheckInWithdrawalPage {

    private final RoomReads reads;
    private final WorkshopApi workshops;

    CheckInWithdrawalPage(RoomReads reads, WorkshopApi workshops) {
        this.reads = reads;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/room/withdrawals")
    Mono<String> confirm(@PathVariable String id, @RequestParam String partner, Model model) {
        return allowed().then(reads.room(id)).map(room -> show(room, partner, "", Map.of(), model));
    }

    @PostMapping("/workshops/{id}/room/withdrawals")
    Mono<String> withdraw(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return allowed().then(Mono.zip(exchange.getFormData(), reads.room(id))).flatMap(both -> {
            String partnerId = both.getT1().getFirst("partnerId");
            String reason = both.getT1().getFirst("reason") == null ? "" : both.getT1().getFirst("reason").strip();
            Room room = both.getT2();
            if (reason.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return Mono.just(show(room, partnerId, reason,
                        Map.of("reason", "Say why the check-in is withdrawn"), model));
            }
            return workshops.withdrawCheckIn(id, partnerId, reason)
                    .flatMap(answer -> workshops.workshopAtLeast(id, ((Number) answer.get("version")).longValue()))
                    .thenReturn("redirect:/workshops/" + id + "/room")
                    .onErrorResume(Refusals::isRefusal, error -> {
                        ServiceProblem problem = (ServiceProblem) error;
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                        return Mono.just(show(room, partnerId, reason,
                                Map.of("reason", Refusals.words(problem, room.name(partnerId))), model));
                    });
        });
    }

    private static String show(Room room, String partnerId, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("room", room);
        model.addAttribute("workshop", room.workshop());
        model.addAttribute("partnerId", partnerId);
        model.addAttribute("partnerName", room.name(partnerId));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "console/withdraw-check-in";
    }

    private static Mono<Void> allowed() {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER")).then();
    }
}
