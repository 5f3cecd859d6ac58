package org.lis.gateway.oidc;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

/**
 * Signing in through the organisation's identity provider: what the gateway's security chain adds when a
 * provider is configured, and what the sign-in page offers.
 */
public final class OidcSignIn {

    /** A "Sign in with" button: the provider's name ({@code client-name}) and where the button starts. */
    public record Provider(String name, String path) {
    }

    private final ReactiveClientRegistrationRepository registrations;
    private final OidcProperties properties;
    private final List<Provider> providers = new ArrayList<>();

    OidcSignIn(ReactiveClientRegistrationRepository registrations, OidcProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
        // Spring Boot's repository lists its registrations; another would need its own buttons
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
    }

    public List<Provider> providers() {
        return List.copyOf(providers);
    }

    public boolean passwordForm() {
        return properties.passwordForm();
    }

    /**
     * The authorization-code flow: the button goes to the provider, the provider sends the person back to
     * {@code /login/oauth2/code/{registration}}, and they land on the console like after the form.
     */
    public void addTo(ServerHttpSecurity http) {
        http.oauth2Login(login -> login
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NoProviderTokensKept())
                .authenticationManager(new OidcAuthorizationCodeReactiveAuthenticationManager(
                        new WebClientReactiveAuthorizationCodeTokenResponseClient(), new OidcPeople(properties)))
                .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                .authenticationFailureHandler(new ProviderSignInFailed()));
    }

    /**
     * After the gateway's session has ended: to {@code signedOut}, or, where configured, first through the
     * provider's end-session endpoint, which ends the person's session there and sends them back to it.
     * People who signed in with a password, and providers without that endpoint, go straight to {@code signedOut}.
     */
    public ServerLogoutSuccessHandler signedOut(ServerLogoutSuccessHandler here, URI signedOut) {
        if (!properties.signOutAtProvider()) {
            return here;
        }
        OidcClientInitiatedServerLogoutSuccessHandler atProvider = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + signedOut);
        atProvider.setLogoutSuccessUrl(signedOut);
        return atProvider;
    }
}
