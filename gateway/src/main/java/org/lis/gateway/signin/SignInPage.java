package org.lis.gateway.signin;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The sign-in form, in the console's layout. The form posts to {@code /sign-in}, where Spring Security checks it;
 * the console's pages are everything else a person sees.
 */
@Controller
public class SignInPage {

    static final String TEMPLATE = "sign-in";

    /** The form; to someone already signed in, who they are and the sign-out button. */
    @GetMapping("/sign-in")
    public Mono<String> signIn(@RequestParam(required = false) Long locked, ServerWebExchange exchange, Model model) {
        // bare flags (?error, ?signed-out): present without a value, which @RequestParam takes for absent
        MultiValueMap<String, String> flags = exchange.getRequest().getQueryParams();
        model.addAttribute("error", flags.containsKey("error"));
        model.addAttribute("lockedSeconds", locked);
        model.addAttribute("signedOut", flags.containsKey("signed-out"));
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication && authentication.isAuthenticated())
                .doOnNext(principal -> model.addAttribute("user", principal.getName()))
                .then(withCsrf(exchange, model));
    }

    /** Every form carries the CSRF token, sign-in and sign-out included. */
    private static Mono<String> withCsrf(ServerWebExchange exchange, Model model) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.just(TEMPLATE) : token.doOnNext(csrf -> model.addAttribute("csrf", csrf)).thenReturn(TEMPLATE);
    }
}
