package org.lis.console.rsvp;

import java.util.Map;
import java.util.Set;

import org.lis.console.client.RsvpApi;
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

/**
 * The page a personal RSVP link in an invitation opens, with no sign-in: the workshop, and a form to answer. The link
 * itself never records anything (mail programs and link scanners open links on their own); only sending the form
 * does. The token in the address is the credential, so the page keeps it out of the Referer and out of caches; a
 * form posted from another site is refused, besides the host's CSRF token.
 */
@Controller
class RsvpPages {

    static final Set<String> ANSWERS = Set.of("ACCEPTED", "TENTATIVE", "DECLINED");

    private final RsvpApi rsvp;

    RsvpPages(RsvpApi rsvp) {
        this.rsvp = rsvp;
    }

    @GetMapping("/rsvp/{token}")
    Mono<String> show(@PathVariable String token, @RequestParam(required = false) String response,
                      ServerWebExchange exchange, Model model) {
        privateLink(exchange);
        return rsvp.link(token)
                .map(link -> form(link, answer(response) ? response : (String) link.get("response"), null,
                        exchange, model))
                .onErrorResume(ServiceProblem.class, problem -> unusable(problem, exchange, model));
    }

    @PostMapping("/rsvp/{token}")
    Mono<String> answer(@PathVariable String token, ServerWebExchange exchange, Model model) {
        privateLink(exchange);
        if ("cross-site".equals(exchange.getRequest().getHeaders().getFirst("Sec-Fetch-Site"))) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            model.addAttribute("reason", "FOREIGN");
            return Mono.just("console/rsvp-unusable");
        }
        return exchange.getFormData().map(form -> String.valueOf(form.getFirst("response")))
                .flatMap(response -> rsvp.link(token).flatMap(link -> {
                    if (!answer(response)) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return Mono.just(form(link, null, "Choose whether you can come", exchange, model));
                    }
                    return rsvp.answer(token, response).map(done -> {
                        model.addAttribute("link", link);
                        model.addAttribute("answer", response);
                        return "console/rsvp-answered";
                    }).onErrorResume(ServiceProblem.class, refused -> refused.status() == 409
                            && "WORKSHOP_FULL".equals(refused.code())
                            ? Mono.just(form(link, response, "All the places at this workshop are taken, so your "
                                    + "acceptance could not be recorded. You can reply 'Maybe' or 'No'.", exchange,
                                    model))
                            : Mono.error(refused));
                }))
                .onErrorResume(ServiceProblem.class, problem -> unusable(problem, exchange, model));
    }

    private static boolean answer(String response) {
        return response != null && ANSWERS.contains(response);
    }

    private static String form(Map<String, Object> link, String chosen, String error, ServerWebExchange exchange,
                               Model model) {
        if (!Boolean.TRUE.equals(link.get("usable"))) {
            exchange.getResponse().setStatusCode(HttpStatus.GONE);
            model.addAttribute("link", link);
            model.addAttribute("reason", link.get("unusableBecause"));
            return "console/rsvp-unusable";
        }
        if (error != null && exchange.getResponse().getStatusCode() == null) {
            exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
        }
        model.addAttribute("link", link);
        model.addAttribute("chosen", chosen);
        model.addAttribute("error", error);
        return "console/rsvp";
    }

    /** An unknown link, or one the service refuses now (the workshop ended, was cancelled or closed meanwhile). */
    private static Mono<String> unusable(ServiceProblem problem, ServerWebExchange exchange, Model model) {
        String reason = switch (problem.code() == null ? "" : problem.code()) {
            case "RSVP_LINK_UNKNOWN" -> "UNKNOWN";
            case "RSVP_LINK_EXPIRED" -> "ENDED";
            case "WORKSHOP_CANCELLED" -> "CANCELLED";
            case "WORKSHOP_CLOSED" -> "CLOSED";
            case "INVITATION_WITHDRAWN" -> "WITHDRAWN";
            default -> null;
        };
        if (reason == null) {
            return Mono.error(problem);
        }
        exchange.getResponse().setStatusCode(reason.equals("UNKNOWN") ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
        model.addAttribute("reason", reason);
        return Mono.just("console/rsvp-unusable");
    }

    /** The token is in the address: not to be sent on to other sites, nor kept by a shared cache. */
    private static void privateLink(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponse().getHeaders().setCacheControl("no-store");
    }
}
