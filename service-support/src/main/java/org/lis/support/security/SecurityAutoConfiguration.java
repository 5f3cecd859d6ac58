package org.lis.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.lis.support.error.ErrorAutoConfiguration;
import org.lis.support.error.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.WebFluxRegistrations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Mono;

/**
 * Stateless HTTP Basic, relay tokens from the gateway (when a relay secret is configured) and JWT (when
 * an issuer is configured) in front of everything but health, the API documentation and the service's own
 * {@link PublicPaths}. Passwords go
 * through {@link PasswordCheck}: checked once per few minutes per credential, throttled when wrong. Which role may do what is declared on the controllers with
 * {@code @PreAuthorize}, which needs their methods to return a Mono or Flux.
 */
@AutoConfiguration(after = ErrorAutoConfiguration.class,
        before = {ReactiveSecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class,
            ReactiveOAuth2ResourceServerAutoConfiguration.class})
@EnableConfigurationProperties({LisSecurityProperties.class, ThrottleProperties.class, RelayProperties.class})
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class SecurityAutoConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(SecurityAutoConfiguration.class);

    static final Duration VERIFIED_TOKENS_FOR = Duration.ofMinutes(1);
    static final int MAX_VERIFIED_TOKENS = 10_000;

    public static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
        "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"};

    public static final String[] METRICS_PATHS = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**"};
    public static final String[] ADMIN_PATHS = {"/actuator/processors", "/actuator/processors/**"};

    @Bean
    @ConditionalOnMissingBean
    public SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter writer,
                                                         PasswordCheck passwordCheck,
                                                         ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
                                                         ObjectProvider<RelayTokens> relayTokens,
                                                         ObjectProvider<PublicPaths> servicePublicPaths,
                                                         LisSecurityProperties properties) {
        String[] servicePaths = servicePublicPaths.orderedStream().flatMap(paths -> paths.patterns().stream())
                .toArray(String[]::new);
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // nothing here redirects to a sign-in page, so there is no request to come back to; the default
                // cache would make a session (and hop two thread pools for its id) on every request to find none
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(basic -> basic.authenticationManager(passwordCheck).authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(PUBLIC_PATHS).permitAll();
                    // operations: metrics for monitoring, the event processors (replays) for administrators only
                    exchanges.pathMatchers(METRICS_PATHS).hasAnyRole(Roles.MONITORING, Roles.ADMIN);
                    exchanges.pathMatchers(ADMIN_PATHS).hasRole(Roles.ADMIN);
                    if (servicePaths.length > 0) {
                        exchanges.pathMatchers(servicePaths).permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                });
        ReactiveJwtDecoder decoder = bearerDecoder(relayTokens.getIfAvailable(), jwtDecoder.getIfAvailable());
        if (decoder != null) {
            http.oauth2ResourceServer(oauth -> oauth
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(rolesFrom(properties.rolesClaim()))));
        }
        return http.build();
    }

    /**
     * Relay tokens and the identity provider's side by side, told apart by issuer; null when neither is set. A
     * token verified in the last minute is not verified again (never past its expiry).
     */
    public static ReactiveJwtDecoder bearerDecoder(RelayTokens relayTokens, ReactiveJwtDecoder issuerDecoder) {
        if (relayTokens == null) {
            return issuerDecoder;
        }
        return new VerifiedTokens(new IssuerDelegatingJwtDecoder(relayTokens.issuer(), relayTokens.decoder(), issuerDecoder),
                VERIFIED_TOKENS_FOR, MAX_VERIFIED_TOKENS, relayTokens.clock());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("lis.security.relay.secret")
    public RelayTokens relayTokens(RelayProperties relay, LisSecurityProperties properties,
                                   ObjectProvider<Clock> clock) {
        return new RelayTokens(relay, properties.rolesClaim(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    public PasswordCheck passwordCheck(ReactiveUserDetailsService users, PasswordEncoder passwordEncoder,
                                       ThrottleProperties throttle, ObjectProvider<Clock> clockProvider) {
        Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
        var slowCheck = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        slowCheck.setPasswordEncoder(passwordEncoder);
        return new PasswordCheck(slowCheck,
                new VerifiedCredentials(throttle.verifiedFor(), throttle.maxVerified(), clock),
                new FailedSignIns(throttle, clock));
    }

    @Bean
    public ClientAddress clientAddress() {
        return new ClientAddress();
    }

    @Bean
    public EarlyRoleCheckFilter earlyRoleCheckFilter(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping) {
        return new EarlyRoleCheckFilter(handlerMapping);
    }

    /** The dispatcher reuses the early role check's lookup of the controller method instead of repeating it. */
    @Bean
    @ConditionalOnMissingBean
    public WebFluxRegistrations handlerLookedUpOnce() {
        return new WebFluxRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new HandlerLookedUpOnce();
            }
        };
    }

    /**
     * Spring Security's own observations (two timers around its filter chain and one per authorization, on every
     * request) are not made: no metrics are published, and they took about 4% of the CPU of a read through the
     * gateway. Each request's own timer ({@code http.server.requests}) stays.
     */
    @Bean
    @ConditionalOnMissingBean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Picked up by Spring Security's filter chain proxy for what its firewall refuses. */
    @Bean
    @ConditionalOnMissingBean
    public ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemWriter writer,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping) {
        return new ProblemExchangeRejectedHandler(writer, handlerMapping);
    }

    @Bean
    @ConditionalOnMissingBean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    public ReactiveUserDetailsService userDetailsService(LisSecurityProperties properties,
                                                            ObjectProvider<ReactiveJwtDecoder> jwtDecoder) {
        List<LisSecurityProperties.User> configured = properties.users();
        if (configured.isEmpty() && jwtDecoder.getIfAvailable() == null) {
            logger.warn("No users and no JWT issuer configured: running with the local demo users officer, "
                    + "facilitator, board, monitor and admin. Configure lis.security.users or a JWT issuer for any other deployment.");
            configured = LisSecurityProperties.localUsers();
        }
        return configuredUsers(configured);
    }

    /**
     * Exactly the users given, no demo users: for a host where people sign in some other way (an identity
     * provider) and only scripts, if anyone, use a password.
     */
    public static ReactiveUserDetailsService configuredUsers(List<LisSecurityProperties.User> configured) {
        List<UserDetails> users = configured.stream()
                .map(user -> User.withUsername(user.username())
                        .password(encoded(user.password()))
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        // none given: nobody signs in with a password (JWT-only or identity-provider deployments)
        return users.isEmpty() ? username -> Mono.empty() : new MapReactiveUserDetailsService(users);
    }

    /** A bare bcrypt hash is accepted as such; everything else must name its encoding. */
    private static String encoded(String password) {
        return password != null && password.startsWith("$2") ? "{bcrypt}" + password : password;
    }

    public static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesFrom(String claim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<String> roles = jwt.getClaimAsStringList(claim);
            return roles == null ? List.of() : roles.stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
        });
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
