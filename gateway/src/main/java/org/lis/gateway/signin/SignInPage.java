package org.lis.gateway.signin;

import java.util.List;
import org.lis.gateway.oidc.OidcSignIn;
import org.springframework.beans.factory.ObjectProvider;
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
 * The sign-in page, in the console's layout: a "Sign in with" button per identity provider where one is
 * configured, and the password form unless the provider replaces it. The form posts to {@code /sign-in}, where
 * Spring Security checks it; the console's pages are everything else a person sees.
 */
@Controller
public class SignInPage {

    static final String TEMPLATE = "sign-in";

    private final List<OidcSignIn.Provider> providers;
    private final boolean passwordForm;

    public SignInPage(ObjectProvider<OidcSignIn> identityProvider) {
        OidcSignIn oidc = identityProvider.getIfAvailable();
        this.providers = oidc == null ? List.of() : oidc.providers();
        this.passwordForm = oidc == null || oidc.passwordForm();
    }

    /** The buttons and the form; to someone already signed in, who they are and the sign-out button. */
    @GetMapping("/sign-in")
    public Mono<String> signIn(@RequestParam(required = false) Long locked, ServerWebExchange exchange, Model model) {
        // bare flags (?error, ?signed-out): present without a value, which @RequestParam takes for absent
        MultiValueMap<String, String> flags = exchange.getRequest().getQueryParams();
        model.addAttribute("providers", providers);
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("providerFailed", flags.containsKey("provider-failed"));
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
