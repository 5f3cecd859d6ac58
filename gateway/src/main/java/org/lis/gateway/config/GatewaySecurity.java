package org.lis.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import org.lis.console.client.ServiceAuthorization;
import org.lis.gateway.error.BrowserOrProblemEntryPoint;
import org.lis.gateway.oidc.OidcSignIn;
import org.lis.gateway.relay.RelayIdentityFilter;
import org.lis.gateway.relay.RelayTokenCache;
import org.lis.gateway.signin.SignInFailureHandler;
import org.lis.support.error.ProblemWriter;
import org.lis.support.security.LisSecurityProperties;
import org.lis.support.security.PasswordCheck;
import org.lis.support.security.ProblemSecurityHandlers;
import org.lis.support.security.RelayProperties;
import org.lis.support.security.RelayTokens;
import org.lis.support.security.SecurityAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * Who may pass the front door. People sign in once with the form, or through the organisation's identity provider
 * where one is configured (session in MongoDB, CSRF on every form); scripts send HTTP Basic (checked once per few
 * minutes) or a bearer token from {@code POST /auth/token}. Whichever it was, the services get a relay token.
 */
@Configuration
public class GatewaySecurity {

    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/sign-in", "/webjars/**",
        "/console-assets/**", "/favicon.ico", "/rsvp/*", "/api/rsvp/*"};
    private static final URI SIGNED_OUT = URI.create("/sign-in?signed-out");

    @Bean
    public ProblemWriter problemWriter(ObjectMapper objectMapper) {
        return new ProblemWriter(objectMapper);
    }

    @Bean
    public SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ProblemWriter writer,
                                                       PasswordCheck passwordCheck, RelayTokens relayTokens,
                                                       ObjectProvider<ReactiveJwtDecoder> issuerDecoder,
                                                       ObjectProvider<OidcSignIn> identityProvider,
                                                       LisSecurityProperties properties) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
        BrowserOrProblemEntryPoint entryPoint = new BrowserOrProblemEntryPoint(problems, URI.create("/sign-in"));
        ReactiveJwtDecoder bearer = SecurityAutoConfiguration.bearerDecoder(relayTokens, issuerDecoder.getIfAvailable());
        OidcSignIn oidc = identityProvider.getIfAvailable();
        http.authorizeExchange(exchanges -> exchanges
                .pathMatchers(PUBLIC_PATHS).permitAll()
                .anyExchange().authenticated());
        // with an identity provider, people use their organisation's account (its second factor, its leavers
        // process); the form stays only if asked for, e.g. for a break-glass account. Scripts keep Basic.
        if (oidc == null || oidc.passwordForm()) {
            http.formLogin(form -> form
                    .loginPage("/sign-in")
                    .authenticationManager(passwordCheck)
                    .authenticationEntryPoint(entryPoint)
                    .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                    .authenticationFailureHandler(new SignInFailureHandler()));
        }
        if (oidc != null) {
            oidc.addTo(http);
        }
        ServerLogoutSuccessHandler signedOut = oidc == null ? signedOut() : oidc.signedOut(signedOut(), SIGNED_OUT);
        return http
                .httpBasic(basic -> basic.authenticationManager(passwordCheck).authenticationEntryPoint(problems))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(bearer)
                                .jwtAuthenticationConverter(SecurityAutoConfiguration.rolesFrom(properties.rolesClaim()))))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessHandler(signedOut))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(formsOnly()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                .build();
    }

    /**
     * CSRF guards what a browser sends on its own: cookies. A request that carries its credentials in the
     * Authorization header (Basic, bearer) cannot be forged by another site, so it needs no token.
     */
    private static ServerWebExchangeMatcher formsOnly() {
        return exchange -> {
            HttpMethod method = exchange.getRequest().getMethod();
            boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                    || method == HttpMethod.TRACE;
            boolean ownCredentials = exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION);
            return safe || ownCredentials ? MatchResult.notMatch() : MatchResult.match();
        };
    }

    private static RedirectServerLogoutSuccessHandler signedOut() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(SIGNED_OUT);
        return handler;
    }

    /** Unconditional here, unlike in the services: without a relay secret the gateway cannot vouch for anyone. */
    @Bean
    public RelayTokens relayTokens(RelayProperties relay, LisSecurityProperties properties, Clock clock) {
        return new RelayTokens(relay, properties.rolesClaim(), clock);
    }

    @Bean
    public RelayTokenCache relayTokenCache(RelayTokens relayTokens, RelayProperties relay, Clock clock) {
        return new RelayTokenCache(relayTokens, relay.ttl(), clock);
    }

    /** The console's calls to the services carry the signed-in person's relay token, as routed API calls do. */
    @Bean
    public ServiceAuthorization consoleServiceAuthorization(RelayTokenCache relayTokenCache) {
        return () -> ReactiveSecurityContextHolder.getContext()
                .map(context -> "Bearer " + relayTokenCache.tokenFor(context.getAuthentication()));
    }

    @Bean
    public RelayIdentityFilter relayIdentityFilter(RelayTokenCache relayTokenCache) {
        return new RelayIdentityFilter(relayTokenCache);
    }
}
