package org.lis.console.web;

import java.util.List;
import java.util.concurrent.TimeoutException;
import org.lis.console.client.ServiceProblem;
import org.lis.console.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every console page has: the person (for the navigation), the CSRF token the host's security put on the
 * exchange (for every form), and refusals and service problems shown as pages in words.
 */
@ControllerAdvice(basePackageClasses = org.lis.console.ConsolePackage.class)
class PageAdvice {

    private final ObjectProvider<Outbox> outbox;

    PageAdvice(ObjectProvider<Outbox> outbox) {
        this.outbox = outbox;
    }

    /** Whether the host has an outbox to show (the local stack's mail server): the navigation offers it then. */
    @ModelAttribute("outboxShown")
    boolean outboxShown() {
        return outbox.getIfAvailable() != null;
    }

    @ModelAttribute("person")
    Mono<Person> person() {
        return CurrentPerson.get();
    }

    /** Absent when the host has no CSRF protection; forms then post without it. */
    @ModelAttribute("csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("path")
    String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    @ExceptionHandler(NoAccess.class)
    Mono<String> noAccess(ServerWebExchange exchange, Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        return page("console/no-access", exchange, model);
    }

    /** A service's refusal the page did not handle itself: its words, never a stack trace. */
    @ExceptionHandler(ServiceProblem.class)
    Mono<String> problem(ServiceProblem problem, ServerWebExchange exchange, Model model) {
        if (problem.status() == 403) {
            return noAccess(exchange, model);
        }
        exchange.getResponse().setStatusCode(problem.status() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY);
        model.addAttribute("problem", problem);
        return page("console/problem", exchange, model);
    }

    /** A service that is down or too slow: a page in words, not the front door's problem+json meant for scripts. */
    @ExceptionHandler({WebClientRequestException.class, TimeoutException.class})
    Mono<String> unreachable(Exception error, ServerWebExchange exchange, Model model) {
        boolean slow = error instanceof TimeoutException;
        ServiceProblem problem = new ServiceProblem(slow ? 504 : 502, "The service is not available",
                slow ? "The service behind this page did not answer in time; try again shortly"
                        : "The service behind this page cannot be reached; try again shortly", List.of());
        exchange.getResponse().setStatusCode(slow ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY);
        model.addAttribute("problem", problem);
        return page("console/problem", exchange, model);
    }

    /** An exception handler's model starts empty: the layout still needs the person and the token. */
    private Mono<String> page(String view, ServerWebExchange exchange, Model model) {
        model.addAttribute("path", path(exchange));
        model.addAttribute("outboxShown", outboxShown());
        return csrf(exchange).doOnNext(token -> model.addAttribute("csrf", token))
                .then(person()).doOnNext(person -> model.addAttribute("person", person)).thenReturn(view);
    }
}
