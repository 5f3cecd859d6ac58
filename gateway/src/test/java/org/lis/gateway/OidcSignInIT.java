package org.lis.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lis.identityprovider.CouncilIdentityProvider;
import org.lis.support.test.Browser;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Signing in through the organisation's identity provider: a real one (Spring Authorization Server, set up like a
 * council's Keycloak), in real headless Chromium, the gateway in front of two stub services. The person lands on
 * the console with the roles the provider gives them, the services get those roles in the relay token, the session
 * is kept in MongoDB like the form's, and signing out ends it here and at the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lis.security.relay.secret=" + GatewayIT.RELAY_SECRET,
    "spring.security.oauth2.client.registration.council.client-id=" + CouncilIdentityProvider.CLIENT_ID,
    "spring.security.oauth2.client.registration.council.client-secret=" + CouncilIdentityProvider.CLIENT_SECRET,
    "spring.security.oauth2.client.registration.council.client-name=Council account",
    "spring.security.oauth2.client.registration.council.scope=openid,profile",
    "lis.gateway.oidc.roles-claim=realm_access.roles",
    "lis.gateway.oidc.role-mapping.BOARD=lis-board",
    "lis.gateway.oidc.sign-out-at-provider=true",
    // a script's account: with an identity provider, the only passwords are the configured ones
    "lis.security.users[0].username=nightly-export", "lis.security.users[0].password={noop}export-password",
    "lis.security.users[0].roles=OFFICER"})
@AutoConfigureWebTestClient(timeout = "20s")
class OidcSignInIT {

    private static final CouncilIdentityProvider PROVIDER = CouncilIdentityProvider.start();
    private static final StubService ENGAGEMENT = new StubService("engagement", GatewayIT.RELAY_SECRET);
    private static final StubService WORKSHOP = new StubService("workshop", GatewayIT.RELAY_SECRET);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    ReactiveSessionRepository<?> sessions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MongoTestServer.register(registry);
        // discovery runs when the gateway starts: the provider is already up
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", PROVIDER::issuer);
        registry.add("lis.gateway.engagement-url", ENGAGEMENT::url);
        registry.add("lis.gateway.workshop-url", WORKSHOP::url);
    }

    @BeforeEach
    void registerTheGatewayAtTheProvider() {
        PROVIDER.registerGateway(gateway());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        PROVIDER.close();
        ENGAGEMENT.close();
        WORKSHOP.close();
    }

    @Test
    void aBoardMemberSignsInThroughTheProviderAndSeesTheBoardsConsole() {
        ChromeDriver browser = browser();
        browser.get(gateway() + "/programmes");
        assertThat(browser.getCurrentUrl()).isEqualTo(gateway() + "/sign-in");
        assertThat(browser.findElements(By.id("password"))).as("no password form beside the provider").isEmpty();
        Browser.checkPage(browser, "sign-in-with-provider");
        String before = browser.manage().getCookieNamed("LIS_SESSION").getValue();

        signInAtTheProvider(browser, "bmarsh");
        assertThat(browser.getCurrentUrl()).isEqualTo(gateway() + "/");
        String session = browser.manage().getCookieNamed("LIS_SESSION").getValue();
        assertThat(session).as("a new session id on sign-in").isNotEqualTo(before);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programmes");
        assertThat(browser.findElements(By.linkText("Audit trail"))).as("the board's navigation").hasSize(1);
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Signed in as b.marsh@council.example.");
        assertThat(apiCall(browser, "/api/partners/p1")).containsEntry("sub", "b.marsh@council.example")
                .containsEntry("roles", List.of("BOARD")).containsEntry("iss", "lis-gateway")
                .containsEntry("cookie", "null");

        Authentication stored = storedSignIn(session);
        assertThat(stored).isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(stored.getName()).isEqualTo("b.marsh@council.example");
        assertThat(stored.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_BOARD");

        Browser.signOut(browser);
        assertThat(browser.getCurrentUrl()).isEqualTo(gateway() + "/sign-in?signed-out");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have been signed out.");
        client.get().uri("/api/partners/p1").cookie("LIS_SESSION", session).exchange()
                .expectStatus().isUnauthorized();
        // signed out at the provider too: its form asks again, where it would have let them straight back in
        Browser.follow(browser, By.linkText("Sign in with Council account"));
        waitFor(browser, url -> url.startsWith(PROVIDER.issuer() + "/login"));
    }

    @Test
    void someoneWithNoneOfOurRolesIsSignedInAndToldTheyHaveNoAccess() {
        ChromeDriver browser = browser();
        browser.get(gateway() + "/sign-in");
        signInAtTheProvider(browser, "tcole");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access");
        assertThat(browser.findElements(By.linkText("Audit trail"))).isEmpty();
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Signed in as t.cole@council.example.");
        assertThat(apiCall(browser, "/api/partners/p1")).containsEntry("sub", "t.cole@council.example")
                .containsEntry("roles", List.of());
        // the password form is not merely hidden: posted anyway, with a good password and token, it signs no one in
        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const form = new URLSearchParams({username: 'nightly-export', password: 'export-password',"
                + " _csrf: document.querySelector('input[name=_csrf]').value});"
                + " fetch('/sign-in', {method: 'POST', body: form, redirect: 'manual'}).then(r => done(r.status));");
        assertThat(status).isEqualTo(405L);
        assertThat(apiCall(browser, "/api/partners/p1")).containsEntry("sub", "t.cole@council.example");
        Browser.signOut(browser);
    }

    @Test
    void offersTheProviderInsteadOfThePasswordForm() {
        client.get().uri("/sign-in").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("href=\"/oauth2/authorization/council\"")
                        .contains("Sign in with Council account")
                        .doesNotContain("type=\"password\""));
    }

    @Test
    void scriptsKeepTheirConfiguredPasswordsAndTheDemoUsersAreGone() {
        Map<String, Object> relayed = client.get().uri("/api/partners/p1")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.basic("nightly-export", "export-password")).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(relayed).containsEntry("sub", "nightly-export").containsEntry("roles", List.of("OFFICER"));
        client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void refusesAReturnFromTheProviderThatNoSignInHereStarted() {
        client.get().uri("/login/oauth2/code/council?code=made-up&state=made-up").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/sign-in?provider-failed");
        client.get().uri("/sign-in?provider-failed").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("Signing in through your organisation did not work. Try again"));
    }

    /** Where the organisation keeps a password account beside the provider, e.g. for when the provider is down. */
    @Nested
    @TestPropertySource(properties = {"lis.gateway.oidc.password-form=true",
        "lis.security.users[1].username=break-glass", "lis.security.users[1].password={noop}kept-in-the-safe",
        "lis.security.users[1].roles=OFFICER"})
    class WithThePasswordFormKept {

        @Autowired
        WebTestClient client;

        @Test
        void offersBothAndTheFormSignsIn() {
            client.get().uri("/sign-in").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(page -> assertThat(page)
                            .contains("Sign in with Council account")
                            .contains("Or use a username and password")
                            .contains("type=\"password\""));
            String session = GatewayIT.signIn(client, "break-glass", "kept-in-the-safe");
            client.get().uri("/api/partners/p1").cookie("LIS_SESSION", session).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.sub").isEqualTo("break-glass").jsonPath("$.roles[0]").isEqualTo("OFFICER");
        }
    }

    /** The browser uses 127.0.0.1 and the provider localhost: two sites with their own cookies, as in production. */
    private String gateway() {
        return "http://127.0.0.1:" + port;
    }

    private static ChromeDriver browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    /** The button, the provider's own form, and back to the gateway. */
    private void signInAtTheProvider(ChromeDriver browser, String user) {
        Browser.follow(browser, By.linkText("Sign in with Council account"));
        waitFor(browser, url -> url.startsWith(PROVIDER.issuer() + "/login"));
        Browser.signIn(browser, user);
        waitFor(browser, url -> url.startsWith(gateway()) && !url.contains("/login/oauth2/"));
    }

    private static void waitFor(ChromeDriver browser, Predicate<String> url) {
        new WebDriverWait(browser, PATIENCE).until(driver -> url.test(driver.getCurrentUrl()));
    }

    /** What a stub service was told about the caller, asked for by the page the person is on, with its cookie. */
    private static Map<String, Object> apiCall(ChromeDriver browser, String path) {
        String body = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done);", path);
        try {
            return new ObjectMapper().readValue(body, new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError("not the stub's answer: " + body, e);
        }
    }

    /** The signed-in person as the session store in MongoDB gives them back. */
    private Authentication storedSignIn(String sessionId) {
        Session session = (Session) sessions.findById(sessionId).block(PATIENCE);
        assertThat(session).as("the session is in MongoDB").isNotNull();
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context.getAuthentication();
    }
}
