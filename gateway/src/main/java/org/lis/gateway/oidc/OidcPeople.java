package org.lis.gateway.oidc;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

/**
 * The person the identity provider signed in, as the form would have signed them in: named by a readable claim
 * (it becomes the acting user in the services' events) and holding only {@code ROLE_OFFICER},
 * {@code ROLE_FACILITATOR} or {@code ROLE_BOARD}, so the relay token and the console see no difference.
 */
final class OidcPeople implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcPeople.class);

    private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final ProviderRoles roles;
    private final List<String> usernameClaims;

    OidcPeople(ReactiveOAuth2UserService<OidcUserRequest, OidcUser> provider, ProviderRoles roles,
               List<String> usernameClaims) {
        this.provider = provider;
        this.roles = roles;
        this.usernameClaims = usernameClaims;
    }

    OidcPeople(OidcProperties properties) {
        this(new OidcReactiveOAuth2UserService(), new ProviderRoles(properties.rolesClaim(), properties.roleMapping()),
                properties.usernameClaims());
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return provider.loadUser(request).map(this::person);
    }

    OidcUser person(OidcUser signedIn) {
        Set<String> ours = roles.of(signedIn.getClaims());
        String nameClaim = usernameClaims.stream()
                .filter(claim -> signedIn.getClaims().get(claim) instanceof String value && !value.isBlank())
                .findFirst().orElse(IdTokenClaimNames.SUB);
        List<GrantedAuthority> authorities = ours.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        OidcUser person = new DefaultOidcUser(authorities, signedIn.getIdToken(), signedIn.getUserInfo(), nameClaim);
        if (ours.isEmpty()) {
            // signed in all the same: the console says they have no access; this says why
            log.info("{} signed in through the identity provider with none of our roles in claim {}",
                    person.getName(), roles.claim());
        }
        return person;
    }
}
