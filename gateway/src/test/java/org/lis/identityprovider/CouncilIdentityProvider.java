package org.lis.identityprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A council's identity provider, as Keycloak would be set up for it: a real OpenID Connect provider (Spring
 * Authorization Server) on a random port of {@code localhost}, its own servlet application beside the gateway.
 * The gateway is its client {@code lis-gateway}; people sign in on its login form (password = username) and
 * their realm roles come in the ID token as {@code realm_access.roles}. It lives outside the gateway's packages,
 * where the gateway's component scan would find its servlet security.
 */
public final class CouncilIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "lis-gateway";
    public static final String CLIENT_SECRET = "a-client-secret-for-the-tests";

    /** Who may sign in at the provider: their readable name and their realm roles, most of them not ours. */
    static final Map<String, Person> PEOPLE = Map.of(
            "bmarsh", new Person("b.marsh@council.example", List.of("offline_access", "lis-board")),
            "tcole", new Person("t.cole@council.example", List.of("offline_access", "uma_authorization")));

    record Person(String preferredUsername, List<String> realmRoles) {
    }

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private CouncilIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.issuer = "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    public static CouncilIdentityProvider start() {
        return new CouncilIdentityProvider(new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                // none of the gateway's application.yml
                .properties("spring.config.name=council-identity-provider", "spring.main.banner-mode=off")
                .run());
    }

    /** The provider's address, which is also the {@code iss} of its tokens: discovery and tokens agree. */
    public String issuer() {
        return issuer;
    }

    /**
     * Registers the gateway at {@code gatewayBase}, known once it has started: where the provider may send people
     * back after signing in, and after signing out.
     */
    public void registerGateway(String gatewayBase) {
        context.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(gatewayBase + "/login/oauth2/code/council")
                .postLogoutRedirectUri(gatewayBase + "/sign-in?signed-out")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        /** Tomcat runs filters only on the way to a servlet; the default one gives Spring Security's filters a way. */
        @Bean
        TomcatServletWebServerFactory tomcat() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        /** The provider's endpoints: authorization, token, JWKs, discovery, userinfo, end session. */
        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .build();
        }

        /** Its own login form, for everything else. */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + name).roles("USER").build())
                    .toList());
        }

        /** Filled in by {@link #registerGateway} once the gateway's port is known; the repository needs one now. */
        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("nobody").clientId("nobody")
                    .clientSecret("{noop}nobody").authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .build());
        }

        /** Keycloak's way: realm roles nested in the ID token, and a readable name beside the subject. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> realmRoles() {
            return context -> {
                Person person = PEOPLE.get(context.getPrincipal().getName());
                if (person != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("preferred_username", person.preferredUsername())
                            .claim("realm_access", Map.of("roles", person.realmRoles()));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** Checks the access tokens the gateway sends to userinfo. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
