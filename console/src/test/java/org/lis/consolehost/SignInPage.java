package org.lis.consolehost;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The host's sign-in page, in the console's layout, as the gateway's will be. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    Mono<String> signIn(ServerWebExchange exchange, Model model) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        model.addAttribute("error", exchange.getRequest().getQueryParams().containsKey("error"));
        model.addAttribute("signedOut", exchange.getRequest().getQueryParams().containsKey("signed-out"));
        return (token == null ? Mono.<CsrfToken>empty() : token).doOnNext(t -> model.addAttribute("csrf", t))
                .thenReturn("host/sign-in");
    }
}
