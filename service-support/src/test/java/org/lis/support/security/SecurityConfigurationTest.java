package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class SecurityConfigurationTest {

    private final SecurityAutoConfiguration configuration = new SecurityAutoConfiguration();

    @Test
    void canLogInAsTheLocalUsersWhenNoneAreConfigured() {
        var users = configuration.userDetailsService(new LisSecurityProperties(null, null), noJwt());
        UserDetails officer = users.findByUsername("officer").block();
        assertThat(configuration.passwordEncoder().matches("officer", officer.getPassword())).isTrue();
        assertThat(officer.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OFFICER");
        assertThat(users.findByUsername("board").block()).isNotNull();
    }

    @Test
    void canConfigureBcryptUsersInsteadOfTheLocalOnes() {
        String hash = new BCryptPasswordEncoder().encode("s3cret");
        var users = configuration.userDetailsService(new LisSecurityProperties(
                List.of(new LisSecurityProperties.User("ana", hash, List.of(Roles.FACILITATOR))), null), noJwt());
        UserDetails ana = users.findByUsername("ana").block();
        assertThat(configuration.passwordEncoder().matches("s3cret", ana.getPassword())).isTrue();
        assertThat(users.findByUsername("officer").block()).isNull();
    }

    @Test
    void cannotLogInAsTheLocalUsersWhenAJwtIssuerIsConfigured() {
        ReactiveJwtDecoder decoder = token -> Mono.error(new IllegalStateException("not used"));
        var users = configuration.userDetailsService(new LisSecurityProperties(null, null), provider(decoder));
        assertThat(users.findByUsername("officer").block()).isNull();
    }

    @Test
    void takesJwtRolesFromTheRolesClaim() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("ana")
                .claim("roles", List.of("BOARD")).issuedAt(Instant.now()).build();
        var authentication = SecurityAutoConfiguration.rolesFrom("roles").convert(jwt).block();
        assertThat(authentication.getName()).isEqualTo("ana");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_BOARD");
    }

    private static ObjectProvider<ReactiveJwtDecoder> noJwt() {
        return provider(null);
    }

    private static ObjectProvider<ReactiveJwtDecoder> provider(ReactiveJwtDecoder decoder) {
        var factory = new StaticListableBeanFactory();
        if (decoder != null) {
            factory.addBean("jwtDecoder", decoder);
        }
        return factory.getBeanProvider(ReactiveJwtDecoder.class);
    }
}
