package org.lis.gateway.oidc;

import org.lis.support.security.LisSecurityProperties;
import org.lis.support.security.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/** Only where {@code spring.security.oauth2.client.registration.*} names an identity provider. */
@Configuration
@Conditional(ClientsConfiguredCondition.class)
public class OidcConfiguration {

    @Bean
    public OidcSignIn oidcSignIn(ReactiveClientRegistrationRepository registrations, OidcProperties properties) {
        return new OidcSignIn(registrations, properties);
    }

    /**
     * People sign in through the provider, so the demo users that stand in when no users are configured must not
     * exist here: passwords are only those configured, for scripts and any break-glass account.
     */
    @Bean
    public ReactiveUserDetailsService passwordUsers(LisSecurityProperties security) {
        return SecurityAutoConfiguration.configuredUsers(security.users());
    }
}
