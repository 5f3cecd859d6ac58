package org.lis.console.activity;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * An officer withdraws an activity entered by mistake: a confirmation page that says what withdrawing does and asks
 * why, then back to the partner's page, where the activity stays in the history marked withdrawn with the reason.
 * It no longer counts for any of its partners.
 */
@Controller
class ActivityWithdrawalPage {

    private final EngagementApi engagement;

    ActivityWithdrawalPage(EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/activities/{id}/withdrawal")
    Mono<String> confirm(@PathVariable String id, @RequestParam(required = false) String partner, Model model) {
        return RecordActivityPage.officer().then(engagement.activity(id)).flatMap(activity ->
                show(activity, ActivityPartners.back(activity, partner), String.valueOf(activity.get("version")), "",
                        Map.of(), model));
    }

    @PostMapping("/activities/{id}/withdrawal")
    Mono<String> withdraw(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return RecordActivityPage.officer().then(Mono.zip(exchange.getFormData(), engagement.activity(id)))
                .flatMap(both -> {
                    Map<String, Object> activity = both.getT2();
                    String back = ActivityPartners.back(activity, both.getT1().getFirst("partner"));
                    String version = both.getT1().getFirst("version");
                    String given = both.getT1().getFirst("reason");
                    String reason = given == null ? "" : given.strip();
                    if (reason.isEmpty() || reason.length() > ActivityForm.MAX_TEXT) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(activity, back, version, reason, Map.of("reason", reason.isEmpty()
                                ? "Say why the activity is withdrawn"
                                : "The reason must be 2,000 characters or fewer"), model);
                    }
                    return engagement.withdrawActivity(id, reason, ActivityPartners.version(version))
                            .then(ActivityPartners.followed(engagement, back, id, h -> "WITHDRAWN".equals(h.get("status"))))
                            .thenReturn(ActivityPartners.redirect(back))
                            .onErrorResume(ServiceProblem.class, problem -> {
                                if (!ActivityRefusal.shown(problem)) {
                                    return Mono.error(problem);
                                }
                                exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
                                return show(activity, back, version, reason,
                                        ActivityRefusal.errors(problem, "reason", Map.of()), model);
                            });
                });
    }

    private Mono<String> show(Map<String, Object> activity, String back, String version, String reason,
                              Map<String, String> errors, Model model) {
        return engagement.partner(back).map(partner -> {
            model.addAttribute("activity", activity);
            model.addAttribute("back", back);
            model.addAttribute("backName", partner.get("name"));
            model.addAttribute("version", version);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", errors);
            return "console/activities/withdraw";
        });
    }
}
