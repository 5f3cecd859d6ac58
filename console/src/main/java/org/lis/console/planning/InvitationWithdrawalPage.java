package org.lis.console.planning;

import java.util.List;
import java.util.Map;

import org.lis.console.client.AsOf;
import org.lis.console.client.EngagementApi;
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

/**
 * An officer withdraws an invitation sent in error: a confirmation page that asks why, then back to the workshop's
 * invitations, where it shows as withdrawn with the reason. If it was emailed, the service tells its contacts.
 */
@Controller
class InvitationWithdrawalPage {

    private final EngagementApi engagement;
    private final WorkshopApi workshops;

    InvitationWithdrawalPage(EngagementApi engagement, WorkshopApi workshops) {
        this.engagement = engagement;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/invitations/{invitationId}/withdrawal")
    Mono<String> confirm(@PathVariable String id, @PathVariable String invitationId, Model model) {
        return officer().then(workshops.workshop(id))
                .flatMap(workshop -> show(workshop, invitationId, "", Map.of(), model));
    }

    @PostMapping("/workshops/{id}/invitations/{invitationId}/withdrawal")
    Mono<String> withdraw(@PathVariable String id, @PathVariable String invitationId, ServerWebExchange exchange,
                          Model model) {
        return officer().then(Mono.zip(exchange.getFormData(), workshops.workshop(id))).flatMap(both -> {
            String given = both.getT1().getFirst("reason");
            String reason = given == null ? "" : given.strip();
            if (reason.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return show(both.getT2(), invitationId, reason,
                        Map.of("reason", "Say why the invitation is withdrawn"), model);
            }
            return workshops.withdrawInvitation(id, invitationId, reason)
                    .map(done -> "redirect:/workshops/" + id + "/invitations?version=" + done.get("version"))
                    .onErrorResume(ServiceProblem.class, problem -> {
                        if (problem.status() != 404 && problem.status() != 409) {
                            return Mono.error(problem);
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                        return show(both.getT2(), invitationId, reason, Map.of("reason", problem.words()), model);
                    });
        });
    }

    private Mono<String> show(Map<String, Object> workshop, String invitationId, String reason,
                              Map<String, String> errors, Model model) {
        String programmeId = (String) workshop.get("programmeId");
        Map<String, Object> invitation = invitations(workshop).stream()
                .filter(i -> invitationId.equals(i.get("id"))).findFirst().orElse(Map.of());
        return engagement.partnerRows(programmeId, AsOf.TODAY).map(rows -> {
            String partnerId = (String) invitation.get("partnerId");
            String name = rows.stream().filter(r -> r.get("partnerId").equals(partnerId))
                    .map(r -> (String) r.get("name")).findFirst().orElse("the partner");
            model.addAttribute("workshop", workshop);
            model.addAttribute("invitationId", invitationId);
            model.addAttribute("partnerName", name);
            model.addAttribute("emailed", invitation.get("delivery") instanceof Map<?, ?> delivery
                    && !"NOT_EMAILED".equals(delivery.get("state")));
            model.addAttribute("reason", reason);
            model.addAttribute("errors", errors);
            return "console/planning/withdraw-invitation";
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> invitations(Map<String, Object> workshop) {
        return (List<Map<String, Object>>) workshop.getOrDefault("invitations", List.of());
    }

    private static Mono<Void> officer() {
        return CurrentPerson.get().map(person -> person.require("OFFICER")).then();
    }
}
