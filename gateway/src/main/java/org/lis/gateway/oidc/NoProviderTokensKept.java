package org.lis.gateway.oidc;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway uses the provider's tokens once, to learn who signed in, and never calls the provider for the
 * person afterwards; so it keeps none of them (Spring's default would keep them in this process's memory,
 * growing with every sign-in and unknown to the other gateway instances). The ID token stays in the session,
 * inside the signed-in person, for signing out at the provider.
 */
final class NoProviderTokensKept implements ServerOAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
                                                                          Authentication principal,
                                                                          ServerWebExchange exchange) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                                           ServerWebExchange exchange) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                                             ServerWebExchange exchange) {
        return Mono.empty();
    }
}
